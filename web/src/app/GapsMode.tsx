import { GapsView } from '../gaps/GapsView';
import { SCENARIO_GAPS } from '../scenarios/ScenarioGaps';

/** The gaps mode: the gaps view with the what-if scenario in its slots; the app is where the two features meet. */
export function GapsMode() {
  return <GapsView slots={SCENARIO_GAPS} />;
}
