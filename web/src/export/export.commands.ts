import { always, command, hasGraph } from '../workspace/command';
import { download, toCsv, toJson } from './download';

/** A file name that sorts by time and is safe on every system. */
const stamp = () => `g60-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;

/** Taking the view away: as a picture, as data, as a link. */
export const EXPORT_COMMANDS = [
  command('exportPng', 'Shift+P', ['toolbar'], hasGraph, (ws) => {
    void ws.canvas.current?.png().then((png) => download(`${stamp()}.png`, png));
  }),
  command('exportSvg', 'Shift+S', ['toolbar'], hasGraph, (ws) => {
    void ws.canvas.current?.svg().then((svg) => download(`${stamp()}.svg`, svg, 'image/svg+xml'));
  }),
  command('exportCsv', 'Shift+C', ['toolbar'], hasGraph, (ws) => {
    download(`${stamp()}.csv`, toCsv(ws.visible), 'text/csv;charset=utf-8');
  }),
  command('exportJson', 'Shift+J', ['toolbar'], hasGraph, (ws) => {
    download(`${stamp()}.json`, toJson(ws.visible), 'application/json');
  }),
  command('copyLink', 'Shift+L', ['toolbar'], always, (ws) => {
    void navigator.clipboard?.writeText(location.href).catch(() => undefined);
    ws.notify(ws.t('status.linkCopied'));
  }),
];
