// A scenario as JSON, the very text JSON.stringify gives, reusing what did not change since the
// last write. The autosave writes the workspace after every edit and slider move; on a city
// (50,000 works) a full JSON.stringify takes a few hundred milliseconds on the page, while a
// what-if slider changes only the what-if state and an edit of the settings leaves the lists
// alone. Documents are never mutated (undo relies on it), so an unchanged part is the same object
// and its text can be kept.

/** Texts of the last write only (a scenario, each of its lists and sections): one copy per open
 *  document, not one per step of undo history. */
let kept = new Map<object, string>();
let keeping = new Map<object, string>();

const cached = (v: object, make: () => string): string => {
  const t = kept.get(v) ?? keeping.get(v) ?? make();
  keeping.set(v, t);
  return t;
};

/** As JSON.stringify: members in key order, those it would leave out (undefined) left out. */
function scenarioText(s: object): string {
  return cached(s, () => {
    // Joined by `+`, not join(): a join copies the whole text each write, `+` links the parts.
    let out = '';
    for (const [k, v] of Object.entries(s)) {
      const t = typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function'
        ? cached(v, () => JSON.stringify(v))
        : JSON.stringify(v);
      if (t !== undefined) out = `${out === '' ? '{' : `${out},`}${JSON.stringify(k)}:${t}`;
    }
    return out === '' ? '{}' : `${out}}`;
  });
}

/** Texts of the scenarios of one write: what it used is kept for the next write, the rest let go. */
export function scenarioWriter(): { json: (scenario: object) => string; done: () => void } {
  keeping = new Map();
  return {
    json: scenarioText,
    done: () => { kept = keeping; keeping = new Map(); },
  };
}
