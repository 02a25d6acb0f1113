import { useEffect, useLayoutEffect, useRef } from 'react';
import { OverviewController, type OverviewEvents } from './overviewController';
import type { CityPlace, Naming, OverviewData } from './overviewElements';

interface Props extends OverviewEvents {
  data: OverviewData;
  places: readonly CityPlace[];
  naming: Naming;
  flow: boolean;
  selected: { cityId: string | null; segmentId: string | null };
}

/** Mounts the overview's canvas (overviewController.ts) and hands it each answer and selection. */
export function OverviewCanvas(props: Props) {
  const { data, places, naming, flow, selected } = props;
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<OverviewController | null>(null);
  const events = useRef<OverviewEvents>(props);
  useLayoutEffect(() => {
    events.current = props;
  });

  useEffect(() => {
    const c = new OverviewController(container.current as HTMLDivElement, () => events.current);
    controller.current = c;
    return () => {
      c.destroy();
      controller.current = null;
    };
  }, []);

  useEffect(() => {
    controller.current?.draw({ data, places, naming, flow });
  }, [data, places, naming, flow]);

  useEffect(() => {
    controller.current?.select(selected.cityId, selected.segmentId);
  }, [selected.cityId, selected.segmentId, data, flow]);

  return <div ref={container} className="overview-canvas" data-testid="overview-canvas" />;
}
