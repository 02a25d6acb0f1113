import { defineCommands } from '../workspace/command';
import { download, toCsv, toJson } from './download';

/** A file name that sorts by time and is safe on every system. */
const stamp = () => `g60-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;

/** Taking the view away: as a picture, as data, as a link. */
export const EXPORT_COMMANDS = defineCommands([
  {
    id: 'exportPng',
    label: 'exportPng',
    shortcut: 'Shift+P',
    places: ['toolbar'],
    enabled: (ws) => ws.visible.nodes.length > 0,
    run: (ws) => void ws.canvas.current?.png().then((png) => download(`${stamp()}.png`, png)),
  },
  {
    id: 'exportSvg',
    label: 'exportSvg',
    shortcut: 'Shift+S',
    places: ['toolbar'],
    enabled: (ws) => ws.visible.nodes.length > 0,
    run: (ws) => void ws.canvas.current?.svg().then((svg) => download(`${stamp()}.svg`, svg, 'image/svg+xml')),
  },
  {
    id: 'exportCsv',
    label: 'exportCsv',
    shortcut: 'Shift+C',
    places: ['toolbar'],
    enabled: (ws) => ws.visible.nodes.length > 0,
    run: (ws) => download(`${stamp()}.csv`, toCsv(ws.visible), 'text/csv;charset=utf-8'),
  },
  {
    id: 'exportJson',
    label: 'exportJson',
    shortcut: 'Shift+J',
    places: ['toolbar'],
    enabled: (ws) => ws.visible.nodes.length > 0,
    run: (ws) => download(`${stamp()}.json`, toJson(ws.visible), 'application/json'),
  },
  {
    id: 'copyLink',
    label: 'copyLink',
    shortcut: 'Shift+L',
    places: ['toolbar'],
    enabled: () => true,
    run: (ws) => {
      void navigator.clipboard?.writeText(location.href).catch(() => undefined);
      ws.notify(ws.t('status.linkCopied'));
    },
  },
]);
