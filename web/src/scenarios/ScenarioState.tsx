/**
 * The what-if scenario being built or shown, and the company marked as the supplier of a link to add: the state of
 * scenarios alone. The canvas' commands add to it in any mode and the gaps view shows it, so it is held above both,
 * in a context of its own: a change to it re-renders its readers, not the workspace's.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { EMPTY_DRAFT, type ScenarioDraft } from './scenarioDraft';

export interface ScenarioState {
  draft: ScenarioDraft;
  setDraft(update: (draft: ScenarioDraft) => ScenarioDraft): void;
  /** The company marked as the supplier of a what-if link (the next one picked becomes its customer). */
  whatIfSupplier: string | null;
  setWhatIfSupplier(id: string | null): void;
}

const ScenarioContext = createContext<ScenarioState | null>(null);

export function ScenarioProvider({ children }: { children: ReactNode }) {
  const [draft, setDraft] = useState<ScenarioDraft>(EMPTY_DRAFT);
  const [whatIfSupplier, setWhatIfSupplier] = useState<string | null>(null);
  const scenario = useMemo(() => ({ draft, setDraft, whatIfSupplier, setWhatIfSupplier }), [draft, whatIfSupplier]);
  return <ScenarioContext.Provider value={scenario}>{children}</ScenarioContext.Provider>;
}

export function useScenario(): ScenarioState {
  const scenario = useContext(ScenarioContext);
  if (!scenario) throw new Error('useScenario outside <ScenarioProvider>');
  return scenario;
}
