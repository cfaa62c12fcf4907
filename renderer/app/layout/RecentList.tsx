// Recently opened files, each a button that opens it again.
export function RecentList({ paths, onOpen }: { paths: string[]; onOpen: (path: string) => void }) {
  return <ul>{paths.map((p) => <li key={p}><button type="button" className="linklike" onClick={() => onOpen(p)}>{p}</button></li>)}</ul>;
}
