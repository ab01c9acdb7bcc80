/**
 * The side panel's entry: open the history, wire the browser seam in, render. With `?url=` the
 * panel shows that one report, which lets a tab (or an automated check) open any stored report.
 */
import { render } from 'preact';
import { openHistory } from '../history/history.ts';
import {
  activeTab,
  callBackground,
  callTab,
  onActiveTabChanged,
  onBroadcast,
  onSettingsChanged,
  readPackagedJson,
  readSettings,
  writeSettings,
} from '../shared/browser.ts';
import { loadPackedGazetteer, PACKED_GAZETTEER } from '../shared/gazetteer-file.ts';
import { t } from '../shared/i18n.ts';
import { App } from './App.tsx';
import { createPanelData } from './panel-data.ts';

/** The packed gazetteer, read and unpacked once, when first needed. */
let unpacking: Promise<void> | undefined;

async function start(root: HTMLElement): Promise<void> {
  document.title = t('extensionName');
  const fixedUrl = new URLSearchParams(location.search).get('url') ?? undefined;
  try {
    const history = await openHistory();
    const data = createPanelData({
      history,
      seam: {
        activeTab,
        callBackground,
        callTab,
        onBroadcast,
        onActiveTabChanged,
        readSettings,
        writeSettings,
        onSettingsChanged,
      },
      fixedUrl,
      gazetteer: () =>
        (unpacking ??= loadPackedGazetteer(() => readPackagedJson(PACKED_GAZETTEER))),
    });
    render(<App data={data} fixedReport={fixedUrl !== undefined} />, root);
  } catch (error) {
    render(
      <main class="panel">
        <div class="state state--error" role="alert">
          <p>{t('historyReadFailed')}</p>
          <p class="error-message">{error instanceof Error ? error.message : String(error)}</p>
        </div>
      </main>,
      root,
    );
  }
}

const root = document.getElementById('app');
if (root) void start(root);
