/**
 * The toolbar button's right-click menu. In Chrome a click on the button opens the side panel,
 * so the switch for the page's highlights lives here (and on Alt+Shift+H). Its title says what
 * a click will do in the tab in front, "Hide…" or "Show…", asked of that tab's page whenever
 * another tab comes to the front, so it is never a guess kept in the background.
 */
import type { BackgroundSeam } from './seam.ts';

export const TOGGLE_HIGHLIGHTS = 'toggle-highlights';
export const HIDE_TITLE = 'Hide highlights on this page';
export const SHOW_TITLE = 'Show highlights on this page';

export const TOOLBAR_MENU = [{ id: TOGGLE_HIGHLIGHTS, title: HIDE_TITLE }];

export function toolbarMenu(seam: Pick<BackgroundSeam, 'callTab' | 'setMenuTitle'>) {
  const title = (shown: boolean) =>
    seam.setMenuTitle(TOGGLE_HIGHLIGHTS, shown ? HIDE_TITLE : SHOW_TITLE);
  return {
    /** Hides or shows the highlights in the tab, and retitles the item for the next click. */
    async toggle(tabId: number): Promise<void> {
      const reply = await seam.callTab(tabId, 'page/toggle-highlights', {});
      // A tab without our content script (a browser page) has no highlights to toggle.
      if (!reply.ok) return console.debug('Crosscheck: no highlights to toggle here', reply.error);
      await title(reply.value.visible);
    },
    /** Another tab is in front: the title follows its page (a page we cannot reach shows none hidden). */
    async follow(tabId: number): Promise<void> {
      const reply = await seam.callTab(tabId, 'page/highlights-shown', {});
      await title(!reply.ok || reply.value);
    },
  };
}
