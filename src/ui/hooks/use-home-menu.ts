import { useEffect, useMemo, useState } from 'react';
import type { Edition } from '../../core/edition/edition.js';
import type { Headline } from '../../core/edition/headlines.js';
import type { NewsSnapshot } from '../../services/news-service.js';
import type { SourceCount } from '../../services/source-rows.js';
import { useServices } from '../services-context.js';
import type { HomeState } from '../state/home-state.js';
import { sourceId, sourceRows, unreadSectionRows, visibleSectionRows, type SectionRow } from '../state/section-rows.js';

/** The home screen's menu as drawn: sections or sources, with unread counts. */
export interface HomeMenu {
  rows: SectionRow[];
  unread: ReadonlyMap<string, number>;
  /** The selected source's headlines (null in the section menu, or while they load). */
  headlines: Headline[] | null;
  /** The first source's row id, where the sources menu opens. */
  firstSource: string | null;
}

/**
 * The section tree, or the edition's sources with counts and the selected one's headlines
 * read through the news port (SQL). They are read again when the snapshot or the read marks
 * change, so counts follow a refresh, `m` and `A`. The sections' counts come counted.
 */
export function useHomeMenu(state: HomeState, edition: Edition, snapshot: NewsSnapshot | null, read: ReadonlySet<string>, sectionUnread: ReadonlyMap<string, number>): HomeMenu {
  const { news, messages } = useServices();
  const [sources, setSources] = useState<SourceCount[]>([]);
  const [listed, setListed] = useState<{ id: string; headlines: Headline[] } | null>(null);
  const inSources = state.menu === 'sources';
  useEffect(() => {
    let alive = true;
    news.sources().then((list) => alive && setSources(list), () => undefined);
    return () => {
      alive = false;
    };
  }, [news, snapshot, read]);
  // Read marks change which are unread, not which are listed: no reload for them.
  const selectedUrl = inSources ? sources.find((s) => sourceId(s.url) === state.sectionId)?.url : undefined;
  useEffect(() => {
    if (!selectedUrl) return undefined;
    let alive = true;
    news.sourceHeadlines(selectedUrl).then((r) => alive && setListed({ id: sourceId(selectedUrl), headlines: r.headlines }), () => undefined);
    return () => {
      alive = false;
    };
  }, [news, selectedUrl, snapshot]);

  const tree = useMemo(() => visibleSectionRows(edition.sections, state.collapsed, messages.t('menu.all')), [edition, state.collapsed, messages]);
  const sourceList = useMemo(() => sourceRows(sources, messages.t('menu.sources')), [sources, messages]);
  const sourceUnread = useMemo(() => new Map(sources.map((s) => [sourceId(s.url), s.unread])), [sources]);
  const all = inSources ? sourceList : tree;
  const unread = inSources ? sourceUnread : sectionUnread;
  const rows = useMemo(() => (state.unreadOnly ? unreadSectionRows(all, unread, state.sectionId) : all), [all, unread, state.unreadOnly, state.sectionId]);
  const headlines = inSources ? (listed && listed.id === state.sectionId ? listed.headlines : []) : null;
  return { rows, unread, headlines, firstSource: sourceList[0]?.section.id ?? null };
}
