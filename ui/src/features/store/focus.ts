/** Gives the focus to a heading, so it is not lost with the row or form that had it. */
export function focusHeading(id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
