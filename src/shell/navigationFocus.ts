/**
 * Whether the user has moved to another page in the app since it loaded. On the first page the
 * focus stays where the browser put it, so the first Tab reaches the skip link; after moving to
 * another page, that page's heading takes the focus, so a screen reader says where the user is.
 */
let navigated = false;

export function markNavigated(): void {
  navigated = true;
}

export function hasNavigated(): boolean {
  return navigated;
}
