// Where results, read workbooks and written workbooks come from: on the page when small, in a
// worker when big.
import { useEffect, useReducer, useState } from 'react';
import {
  browserComputer, browserWorkerFactory, makeReader, makeResultsWriter, makeWriter, type Computer, type Reader,
} from '../compute/computer';
import type { Doc } from '../state/documents';

export function useWorkers(given: { computer?: Computer; reader?: Reader }, docs: readonly Doc[]) {
  const [computer] = useState<Computer>(() => given.computer ?? browserComputer());
  // A worker that read a big workbook stays for its first computation, which then sends nothing big.
  const [reader] = useState<Reader>(() => given.reader ?? makeReader(browserWorkerFactory(), undefined, (w, s) => computer.adopt(w, s)));
  const [writer] = useState(() => makeWriter(browserWorkerFactory()));
  const [resultsWriter] = useState(() => makeResultsWriter(browserWorkerFactory()));
  // A worker answer re-renders the app, which then reads the new result from the store.
  const [, resultArrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => computer.subscribe(resultArrived), [computer]);
  // Workers of closed or replaced documents end with them.
  useEffect(() => {
    computer.retain(new Set(docs.map((d) => d.id)));
  }, [computer, docs]);
  return { computer, reader, writer, resultsWriter };
}
