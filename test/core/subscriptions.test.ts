import { describe, expect, it } from 'vitest';
import { parseSubscriptions } from '../../src/core/subscriptions.js';

const OPML = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="Loose feed" xmlUrl="https://loose.example/feed.xml"/>
  <outline text="Tech">
    <outline text="Gadgets" xmlUrl="https://gadgets.example/rss"/>
    <outline text="Deep">
      <outline text="Kernels" xmlUrl="https://kernels.example/atom"/>
      <outline text="Deeper"><outline text="Compilers" xmlUrl="https://compilers.example/rss"/></outline>
    </outline>
  </outline>
  <outline text="Tweets" xmlUrl="|~/fetch_tweets.py"/>
  <outline text="Filtered" xmlUrl="filter:~/clean.sh:https://x.example/rss"/>
  <outline text="News"><outline text="Gadgets again" xmlUrl="https://gadgets.example/rss"/></outline>
</body></opml>`;

describe('parseSubscriptions', () => {
  it('reads OPML folders as section paths at any depth and keeps loose feeds', () => {
    const list = parseSubscriptions(OPML);
    expect(list.feeds).toEqual([
      { url: 'https://loose.example/feed.xml', title: 'Loose feed', sections: [] },
      { url: 'https://gadgets.example/rss', title: 'Gadgets', sections: [['Tech'], ['News']] },
      { url: 'https://kernels.example/atom', title: 'Kernels', sections: [['Tech', 'Deep']] },
      { url: 'https://compilers.example/rss', title: 'Compilers', sections: [['Tech', 'Deep', 'Deeper']] },
    ]);
    expect(list.skippedCommands).toBe(2);
  });

  it("reads newsboat's urls file: tags as sections, ~ titles, comments; skips exec, filter and query feeds", () => {
    const list = parseSubscriptions([
      '# my feeds',
      'https://a.example/rss tech "~Tech News" "long tag"',
      'https://b.example/atom tech/linux !',
      '"exec:~/bin/fetch.sh" tech',
      'filter:~/clean.sh:https://c.example/rss',
      '"query:Unread:unread = \\"yes\\""',
      '',
      'https://d.example/feed',
      'not-a-url tech',
    ].join('\n'));
    expect(list.feeds).toEqual([
      { url: 'https://a.example/rss', title: 'Tech News', sections: [['tech'], ['long tag']] },
      { url: 'https://b.example/atom', title: '', sections: [['tech', 'linux']] },
      { url: 'https://d.example/feed', title: '', sections: [] },
    ]);
    expect(list.skippedCommands).toBe(3);
  });

  it('counts and leaves out entries whose URL tidings cannot fetch, in both formats', () => {
    const opml = parseSubscriptions(`<opml version="2.0"><body>
      <outline text="Ok" xmlUrl="https://ok.example/rss"/>
      <outline text="Script" xmlUrl="javascript:alert(1)"/>
      <outline text="Ftp" xmlUrl="ftp://old.example/feed"/>
      <outline text="Local" xmlUrl="file:///home/me/feed.xml"/>
    </body></opml>`);
    expect(opml.feeds.map((f) => f.url)).toEqual(['https://ok.example/rss', 'file:///home/me/feed.xml']);
    expect(opml.skippedUrls).toBe(2);
    const urls = parseSubscriptions('https://ok.example/rss\njavascript:alert(1)\nnot-a-url tech\n');
    expect(urls.feeds.map((f) => f.url)).toEqual(['https://ok.example/rss']);
    expect(urls.skippedUrls).toBe(1);
  });

  it('refuses a file that is neither', () => {
    expect(() => parseSubscriptions('hello world\nno urls here')).toThrow(/neither an OPML file nor a newsboat urls file/);
    expect(() => parseSubscriptions('<html><body>x</body></html>')).toThrow(/not an OPML file/);
  });
});
