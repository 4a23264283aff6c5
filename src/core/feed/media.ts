/** Lead-image discovery in an RSS item or Atom entry (enclosures, Media RSS, iTunes). */
import { child, childText, childrenNamed, type XmlElement } from './xml-tree.js';
import { resolveUrl } from './urls.js';

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

// Children that may declare an image; a `link` only with rel="enclosure".
const IMAGE_CHILDREN = new Set(['enclosure', 'enc:enclosure', 'media:group', 'media:content', 'media:thumbnail', 'itunes:image', 'image']);

function mayDeclareImage(entry: XmlElement): boolean {
  for (const c of entry.children) {
    if (IMAGE_CHILDREN.has(c.name)) return true;
    if ((c.name === 'link' || c.name === 'atom:link') && c.attrs.rel?.toLowerCase() === 'enclosure') return true;
  }
  return false;
}

/** Absolute URL of the entry's declared image, or ''. */
export function entryImage(entry: XmlElement): string {
  // Most entries declare none: one look at the children instead of a dozen filtered lists.
  if (!mayDeclareImage(entry)) return '';
  const candidates: [string | undefined, XmlElement][] = [];
  for (const enc of childrenNamed(entry, 'enclosure')) {
    if (isImage(enc.attrs.type, enc.attrs.url)) candidates.push([enc.attrs.url, enc]);
  }
  for (const link of childrenNamed(entry, 'link', 'atom:link')) {
    if (link.attrs.rel?.toLowerCase() === 'enclosure' && isImage(link.attrs.type, link.attrs.href)) {
      candidates.push([link.attrs.href, link]);
    }
  }
  // RDF feeds (craigslist) use the enclosure module: <enc:enclosure resource=… type=…>.
  for (const enc of childrenNamed(entry, 'enc:enclosure')) {
    const url = enc.attrs.resource ?? enc.attrs['rdf:resource'] ?? enc.attrs.url;
    if (isImage(enc.attrs.type, url)) candidates.push([url, enc]);
  }
  const groups = [entry, ...childrenNamed(entry, 'media:group')];
  const images = groups.flatMap((g) => childrenNamed(g, 'media:content')).filter((media) => {
    const medium = media.attrs.medium?.toLowerCase();
    return medium === 'image' || (!medium && isImage(media.attrs.type, media.attrs.url));
  });
  // Feeds list renditions small to large (the Guardian: 140 then 460); take the widest.
  images.sort((a, b) => (Number(b.attrs.width) || 0) - (Number(a.attrs.width) || 0));
  for (const media of images) candidates.push([media.attrs.url, media]);
  for (const g of groups) {
    for (const thumb of childrenNamed(g, 'media:thumbnail')) candidates.push([thumb.attrs.url, thumb]);
    // Media RSS allows a thumbnail per content element too.
    for (const media of childrenNamed(g, 'media:content')) {
      const thumb = child(media, 'media:thumbnail');
      if (thumb) candidates.push([thumb.attrs.url, thumb]);
    }
  }
  const itunes = child(entry, 'itunes:image');
  if (itunes) candidates.push([itunes.attrs.href ?? itunes.text, itunes]);
  const image = child(entry, 'image');
  if (image) candidates.push([image.attrs.href ?? (childText(image, 'url') || image.text), image]);

  for (const [href, element] of candidates) {
    const url = resolveUrl(href, element.base);
    if (url) return url;
  }
  return '';
}

function isImage(type: string | undefined, url: string | undefined): boolean {
  if (type) return type.trim().toLowerCase().startsWith('image/');
  return !!url && IMAGE_EXTENSION.test(url);
}
