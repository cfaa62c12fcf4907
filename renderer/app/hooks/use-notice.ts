// Notices are a status line that clears itself; the same text stays in the screen reader's log.
import { useEffect, useState } from 'react';

export function useNotice(): [string, (text: string) => void] {
  const [notice, setNotice] = useState('');
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(''), 8000);
    return () => clearTimeout(timer);
  }, [notice]);
  return [notice, setNotice];
}
