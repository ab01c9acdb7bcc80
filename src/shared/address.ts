/**
 * A page's address without its fragment: a jump to an anchor stays on the same page, for the
 * content script watching for navigations and for the background keeping each tab's state alike.
 */
export function withoutHash(url: string): string {
  return url.replace(/#.*$/su, '');
}
