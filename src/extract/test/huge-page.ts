/** Builds a page of about `elements` elements and `bytes` characters: a long article amid page furniture. */
export function hugePage(elements = 50_000, bytes = 5_000_000): string {
  const parts: string[] = [
    '<!doctype html><html><head><title>Long read | Wide Wire</title></head><body>',
  ];
  const filler =
    'Residents of the district reported that the sirens sounded twice, and officials said repairs would begin soon. ';
  let count = 0;
  let length = 0;
  let paragraph = 0;
  parts.push('<nav>');
  for (let i = 0; i < elements / 10; i++) parts.push(`<a href="/s/${i}">Section ${i}</a>`);
  count += elements / 10;
  parts.push('</nav><article>');
  while (count < elements) {
    const text = `${filler.repeat(1 + (paragraph % 3))}`;
    const chunk = `<div class="block"><p>Paragraph ${paragraph} <b>notes</b> ${text}</p><span>${paragraph}</span></div>`;
    parts.push(chunk);
    length += chunk.length;
    count += 4;
    paragraph++;
    if (length > bytes) break;
  }
  parts.push('</article><footer>Footer text</footer></body></html>');
  return parts.join('');
}
