/**
 * A Testing Library text matcher for text split over several elements, as MonoValue and code
 * spans split a value into unbreakable pieces: the innermost element whose whole text matches.
 */
export function wholeText(text: string | RegExp) {
  const matches = (s: string) => (typeof text === 'string' ? s === text : text.test(s));
  return (_content: string, element: Element | null): boolean =>
    !!element &&
    matches(element.textContent ?? '') &&
    ![...element.children].some((child) => matches(child.textContent ?? ''));
}
