// Saving the active scenario as a workbook and all open documents as a workspace. A workbook is
// written in its own language (the one it was read in), whatever the interface language; a scenario
// without a workbook yet takes the interface language. `inLang` saves it in a chosen language
// instead, as a new file (the desktop asks where; the browser downloads it), and makes that its
// language.
import { useCallback, useState } from 'react';
import type { Lang } from '../../../engine/i18n/index';
import type { Writer } from '../compute/computer';
import { baseName } from '../files';
import type { Shell } from '../shell/types';
import { activeDoc } from '../state/documents';
import { writeWorkspace } from '../state/workspace';
import { bufferView, type Core } from './core';
import '../../../engine/i18n/workbook-lang';

export function useSave(core: Core, shell: Shell, writer: Writer, lang: Lang) {
  const { dispatch, stateRef, i18n, setNotice } = core;
  // "Save as" in a browser: the name asked in the app's own dialog (a download asks nothing).
  const [askingName, setAskingName] = useState<{ suggested: string; answer: (name: string | null) => void } | null>(null);
  const askName = useCallback((suggested: string) => new Promise<string | null>((resolve) => {
    setAskingName({ suggested, answer: (name) => { setAskingName(null); resolve(name); } });
  }), []);

  const saveScenario = useCallback(async (saveAs = false, inLang?: Lang) => {
    const d = activeDoc(stateRef.current);
    if (!d) return;
    const as = inLang ?? d.lang ?? lang;
    const switched = inLang !== undefined && inLang !== d.lang;
    const browser = shell.kind === 'browser';
    const name = saveAs && browser ? await askName(d.name) : d.name;
    if (name === null) return;
    try {
      const bytes = await writer(d.present.scenario, as);
      const r = await shell.save({
        ...(d.path && !saveAs && inLang === undefined ? { path: d.path } : {}),
        suggestedName: `${name}.xlsx`, bytes: bufferView(bytes), kind: 'scenario',
      });
      if (r.ok) {
        dispatch({ type: 'saved', id: d.id, lang: as, ...(browser ? (name !== d.name ? { name } : {}) : { path: r.path, name: baseName(r.path) }) });
        const shown = `${browser ? name : d.name}.xlsx`;
        setNotice(switched ? i18n.t('wblang.savedIn', { name: shown, in: i18n.t(`wblang.in.${as}`) }) : i18n.t('ui.notice.saved', { name: shown }));
      } else if (!r.cancelled) setNotice(i18n.t('ui.notice.error', { detail: r.message ?? r.code ?? '' }));
    } catch (e) {
      setNotice(i18n.t('ui.notice.error', { detail: String(e) }));
    }
  }, [shell, lang, i18n, writer, dispatch, stateRef, setNotice, askName]);

  const saveWorkspace = useCallback(async () => {
    const s = stateRef.current;
    if (s.docs.length === 0) return;
    const bytes = new TextEncoder().encode(writeWorkspace(s.docs, s.activeId));
    const r = await shell.save({ suggestedName: `${i18n.t('ui.workspace.fileName')}.json`, bytes, kind: 'workspace' });
    if (r.ok) {
      for (const d of s.docs) dispatch({ type: 'saved', id: d.id });
      setNotice(i18n.t('ui.notice.workspaceSaved'));
    }
  }, [shell, i18n, dispatch, stateRef, setNotice]);

  return { saveScenario, saveWorkspace, askingName };
}
