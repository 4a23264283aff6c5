import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTerminalSafe } from '../../../src/core/text/sanitize.js';
import { corpusFeedDir, displayStrings, hasCorpus, parseCorpus } from './feed-fixtures.js';

// Facts below were read off the corpus files themselves (titles, links, raw dates).
describe.skipIf(!hasCorpus)('parseFeed on the shared corpus', () => {
  const names = hasCorpus ? readdirSync(corpusFeedDir).sort() : [];

  it.each(names)('%s parses, every display string terminal-safe', (name) => {
    const feed = parseCorpus(name);
    for (const s of displayStrings(feed)) expect(isTerminalSafe(s)).toBe(true);
    for (const item of feed.items) {
      expect(item.id).not.toBe('');
      expect(item.summary.length).toBeLessThanOrEqual(601);
      if (item.link) expect(item.link).toMatch(/^https?:\/\//);
      if (item.published) expect(item.published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it('guardian.rss: 55 items, first one complete', () => {
    const feed = parseCorpus('guardian.rss');
    expect(feed).toMatchObject({ format: 'rss', title: 'The Guardian', link: 'https://www.theguardian.com/us', language: 'en-gb' });
    expect(feed.items).toHaveLength(55);
    const [first] = feed.items;
    expect(first.title).toBe('Trump State of the Union address promised unity but emphasized discord');
    expect(first.link).toBe('https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord');
    expect(first.id).toBe(first.link);
    expect(first.published).toBe('2018-01-31T07:26:05.000Z');
    expect(first.author).toBe('David Smith in Washington');
    expect(first.categories).toEqual(['Donald Trump', 'State of the Union address', 'US news', 'US politics', 'Democrats', 'Republicans', 'US Congress']);
    expect(first.summary.startsWith('The president’s ‘new American moment’ speech stirred Republican applause')).toBe(true);
    expect(first.contentHtml).toMatch(/^<p>The president’s/);
    // Two media:content renditions (w=140, w=460): the wider one wins.
    expect(first.image).toContain('/0_108_3000_1799/master/3000.jpg?w=460&q=55');
  });

  it('encoding.rss: ISO-8859-1 Portuguese decodes to accented text', () => {
    const feed = parseCorpus('encoding.rss');
    expect(feed.title).toBe('Jornal de Notícias - Últimas Notícias');
    expect(feed.language).toBe('pt-pt');
    expect(feed.items).toHaveLength(40);
    const [first] = feed.items;
    expect(first.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    expect(first.summary).toMatch(/^Sónia Laygue, profissional na área da Recursos Humanos e mãe/);
    expect(first.published).toBe('2018-01-03T13:47:00.000Z');
    // Feedburner's click-tracking <link> loses to feedburner:origLink.
    expect(first.link).toBe('https://www.jn.pt/nacional/interior/sonia-laig-e-a-nova-presidente-da-rarissimas-9021600.html');
    expect(feed.items.some((i) => i.title === 'Filho de Kim Kardashian diagnosticado com pneumonia')).toBe(true);
    expect(displayStrings(feed).join('')).not.toContain('\ufffd');
  });

  it('uolNoticias.rss: no XML declaration, no version, latin-1 bytes', () => {
    const feed = parseCorpus('uolNoticias.rss');
    expect(feed).toMatchObject({ format: 'rss', title: 'UOL Noticias', link: 'http://noticias.uol.com.br/', description: 'Últimas Notícias', language: null });
    expect(feed.items).toHaveLength(15);
    const [first] = feed.items;
    expect(first.title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect(first.link).toBe('https://noticias.uol.com.br/politica/eleicoes/2018/noticias/2018/09/24/ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2-turno.htm');
    // "Seg, 24 Set 2018 19:42:40 -0300": Portuguese weekday and month.
    expect(first.published).toBe('2018-09-24T22:42:40.000Z');
    expect(first.summary).toMatch(/^Líder na pesquisa Ibope de intenção de voto/);
    expect(first.image).toBe('https://conteudo.imguol.com.br/c/noticias/5f/2018/09/17/presidenciaveis-1537211917356_142x100.jpg');
    expect(displayStrings(feed).join('')).not.toContain('\ufffd');
  });

  it('rss-1.rss: RSS 1.0 (RDF) with Dublin Core', () => {
    const feed = parseCorpus('rss-1.rss');
    expect(feed).toMatchObject({ format: 'rdf', title: 'Science twis', link: 'http://science.sciencemag.org/' });
    expect(feed.description).toBe('Science RSS feed -- recent twis articles');
    expect(feed.items).toHaveLength(69);
    expect(feed.items[0]).toMatchObject({
      id: 'http://science.sciencemag.org/cgi/content/short/356/6343/1134-a?rss=1',
      title: 'Food for fungi',
      link: 'http://science.sciencemag.org/cgi/content/short/356/6343/1134-a?rss=1',
      author: 'Hines, P. J.',
      published: '2017-06-15T17:29:47.000Z', // dc:date 2017-06-15T10:29:47-07:00
      categories: ['Botany, Microbiology'],
      summary: '', // <description><![CDATA[]]></description>
    });
  });

  it('craigslist.rss: RDF, markup and a numeric entity inside CDATA titles', () => {
    const feed = parseCorpus('craigslist.rss');
    expect(feed).toMatchObject({ format: 'rdf', title: 'craigslist SF bay area | apts/housing for rent search', link: 'https://sfbay.craigslist.org/search/apa', language: 'en-us' });
    expect(feed.items).toHaveLength(25);
    const [first] = feed.items;
    expect(first.title).toBe('Bright, Spacious Beautiful Victorian (oakland north / temescal) $4300 3bd 1930ft2');
    expect(first.id).toBe('http://sfbay.craigslist.org/eby/apa/6186664607.html');
    expect(first.published).toBe('2017-06-21T17:33:10.000Z');
    expect(first.image).toBe('https://images.craigslist.org/00l0l_fbVZikCjEKO_300x300.jpg'); // <enc:enclosure resource=…>
  });

  it('heise.atom: Atom with inherited author and html summary', () => {
    const feed = parseCorpus('heise.atom');
    expect(feed).toMatchObject({ format: 'atom', title: 'heise developer neueste Meldungen', link: 'http://www.heise.de/developer/', description: 'Informationen für Entwickler' });
    expect(feed.items).toHaveLength(15);
    expect(feed.items[0]).toMatchObject({
      id: 'http://heise.de/-3088438',
      title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      link: 'http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom',
      published: '2016-02-01T16:22:00.000Z',
      updated: '2016-02-01T16:54:50.000Z',
      author: 'heise online',
    });
    expect(feed.items[0].summary).toMatch(/^Die nun verfügbare Version 10 des Enterprise-Java-Servers/);
    expect(feed.items[0].image).toMatch(/^http:\/\/www\.heise\.de\/scale\/.*wildfly-.*\.jpeg$/);
  });

  it('feedburner.atom: Blogger via Feedburner', () => {
    const feed = parseCorpus('feedburner.atom');
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Google Ads Developer Blog');
    expect(feed.items).toHaveLength(25);
    expect(feed.items[0]).toMatchObject({
      id: 'tag:blogger.com,1999:blog-7815614485808579332.post-8394866751819460570',
      title: 'AdWords and DFP Java client library will soon require Java 7+',
      link: 'http://googleadsdeveloper.blogspot.com/2016/06/adwords-and-dfp-java-client-library.html',
      published: '2016-06-03T14:38:00.000Z',
      updated: '2016-06-03T14:38:22.568Z',
      categories: ['adwords_api', 'client_libraries', 'dfp_api'],
    });
    expect(feed.items[0].contentHtml).toContain('After <b>November 2016</b>');
  });

  it('content-encoded.rss: summary derived from content:encoded', () => {
    const feed = parseCorpus('content-encoded.rss');
    expect(feed.title).toBe('Food in Invironment on Medium');
    expect(feed.items).toHaveLength(7);
    const [first] = feed.items;
    expect(first).toMatchObject({
      id: 'https://medium.com/p/125af37d838f',
      title: 'THE CREATIVE FORAGER',
      author: 'Jeremy Puma',
      published: '2018-04-09T18:55:38.000Z',
      updated: '2018-04-09T19:39:12.675Z',
      categories: ['plants', 'environment', 'nature', 'foraging', 'food'],
    });
    expect(first.contentHtml).toMatch(/^<h4>Using Wild Ingredients in the\u00a0Kitchen<\/h4>/) // a raw no-break space;
    expect(first.summary).toMatch(/^Using Wild Ingredients in the Kitchen HEY, YOU!/);
    expect(first.summary.endsWith('…')).toBe(true);
    expect(first.image).toMatch(/^https:\/\/cdn-images-1\.medium\.com\//);
  });

  it('heraldsun.rss: RSS 0.92 with an RFC 822 date missing its seconds', () => {
    const feed = parseCorpus('heraldsun.rss');
    expect(feed).toMatchObject({ format: 'rss', title: 'RSS0.92 Example', link: 'http://www.oreilly.com/example/index.html', language: 'en-gb' });
    expect(feed.items.map((i) => i.title)).toEqual(['The First Item', 'The Second Item']);
    expect(feed.items[0].categories).toEqual(['Business/Industries/Publishing/Publishers/Nonfiction/']);
    expect(feed.items[0].summary).toBe('This is the first item.');
  });

  it('instant-article.rss: escaped HTML in content:encoded', () => {
    const feed = parseCorpus('instant-article.rss');
    expect(feed.description).toBe('1, 2, 1, 2… check the mic!');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: 'My first Instant Article', author: 'tobi', contentHtml: '<b>Lorem</b> ipsum', summary: 'Lorem ipsum', published: '2016-05-04T06:53:45.000Z' });
  });

  it('narro.rss: podcast item with itunes:image', () => {
    const [item] = parseCorpus('narro.rss').items;
    expect(item).toMatchObject({ title: 'FAQ for Narro', author: 'foobar@gmail.com', image: 'http://example.com/someImage.jpg', published: '2015-02-20T09:51:15.000Z' });
  });

  it('reddit.rss: 24 items, thumbnail taken from the description table', () => {
    const feed = parseCorpus('reddit.rss');
    expect(feed.items).toHaveLength(24);
    expect(feed.items[0]).toMatchObject({ title: 'The water is too deep, so he improvises', categories: ['funny'], published: '2015-11-12T21:16:39.000Z' });
    expect(feed.items[0].image).toBe('https://b.thumbs.redditmedia.com/z4zzFBqZ54WT-rFfKXVor4EraZtJVw7AodDvOZ7kitQ.jpg');
  });

  it('missing-fields.atom and incomplete-fields.atom degrade gracefully', () => {
    const missing = parseCorpus('missing-fields.atom');
    expect(missing).toMatchObject({ format: 'atom', title: '', link: '', language: 'en-US' });
    expect(missing.items).toEqual([
      { id: 'tag:github.com,2008:Repository/11167738/v3.9.0', title: '', link: '', published: null, updated: null, author: null, summary: '', contentHtml: null, categories: [], image: null },
    ]);
    // An entry holding only an empty <author> carries nothing to show.
    const incomplete = parseCorpus('incomplete-fields.atom');
    expect(incomplete.items).toEqual([]);
  });
});
