// A <details> whose content is only rendered while open. Data tables and cost lines hold hundreds
// of explainable numbers; building them only on demand keeps a slider move cheap.
import { useState, type ReactNode } from 'react';

export function LazyDetails(props: { summary: ReactNode; className?: string; defaultOpen?: boolean; children: () => ReactNode }) {
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  return (
    <details className={props.className} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{props.summary}</summary>
      {open && props.children()}
    </details>
  );
}
