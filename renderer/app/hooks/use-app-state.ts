// The open documents in one reducer, with a ref for callbacks that must see the latest state.
import { useReducer, useRef } from 'react';
import { initialAppState, reduce, type AppState } from '../state/documents';

export function useAppState() {
  const [state, dispatch] = useReducer(reduce, initialAppState);
  const stateRef = useRef<AppState>(state);
  stateRef.current = state;
  return { state, dispatch, stateRef };
}
