/**
 * Demo texts: Videos (NewsFeed, Video Features, Explainers, TV, Digital Series), Infographs
 * and In Pictures, the seed site's media menus. Videos ride the Atom feed, the rest the wire. All fictional.
 */

/** Video, infograph and picture pages; their link paths place them in sections. */
export const MEDIA = [
  {
    slug: 'video-newsfeed-morning', section: 'newsfeed', feed: 'articles', h: 1.1,
    title: 'Video NewsFeed: fog grounds flights as the budget clears the Assembly',
    standfirst: 'The morning’s main stories in two minutes: the airport, the budget vote and a cold week ahead.',
    author: 'Tidings video desk', categories: ['Videos'], tags: ['Video', 'NewsFeed'],
    caption: 'A still from the NewsFeed bulletin: the presenter in front of the weather map.',
    body: [
      `In this morning’s NewsFeed: departures from Velmora Airport are suspended because of thick fog, and travellers are asked to check with their airline before setting out.`,
      `In politics, the [Assembly passed the 2027 budget](@budget-vote) by 88 votes to 71 after an all-night session, with extra money for flood defences and teachers.`,
      `And the weather: a cold, bright week is forecast, with the first frost of the season likely in the north by Thursday night.`,
      `Running time: two minutes ten seconds. Subtitles are available in English, Arabic and Spanish.`,
    ],
  },
  {
    slug: 'video-feature-boatbuilders', section: 'video-features', feed: 'articles', h: 27,
    title: 'Video feature: the last wooden boatbuilders of Saltholm',
    standfirst: 'In a hundred-year-old shed, a father and daughter build one wooden fishing boat each winter with the tools his grandfather used.',
    author: 'Tidings video desk', categories: ['Videos'], tags: ['Video', 'Crafts', 'Saltholm'],
    caption: 'Boatbuilder Elsa Berg fixes an oak plank to the frame of a new boat.',
    body: [
      `This video feature follows Elsa Berg and her father through a winter in their boat shed at the edge of Saltholm harbour, where they are building a seven-metre fishing boat from oak and pine.`,
      `A boat takes about five months, from choosing trees in the forest to launching in spring. "A wooden boat is built once and mended a hundred times," her father says as he steams a plank into shape.`,
      `Elsa talks about leaving an engineering job in the capital to come home, and about a new kind of customer who wants a boat that will outlive them.`,
      `Running time: eight minutes. The fishing fleet’s own troubles are in our report on the [cod quota cut](@cod-quota-cut).`,
    ],
  },
  {
    slug: 'explainer-flood-barriers', section: 'explainers', feed: 'articles', h: 6,
    title: 'Explainer: how a storm barrier keeps a harbour town dry',
    standfirst: 'Three minutes of animation on the gates, pumps and forecasts behind the new flood defences on the west coast.',
    author: 'Tidings video desk', categories: ['Videos', 'Environment'], tags: ['Video', 'Explainer', 'Flooding'],
    caption: 'An animated cross-section of a harbour storm barrier, gates closed.',
    body: [
      `This explainer uses animation to show what happens when a storm surge approaches a harbour town, and how the barriers now being built on the west coast respond.`,
      { ol: [
        'Forecasters warn of a surge two to three days ahead.',
        'Gates across the harbour mouth close at low tide, before the water rises.',
        'Pumps move rainwater and river water out over the barrier.',
        'The gates reopen once the sea has fallen below the level of the harbour.',
      ] },
      `The budget passed this week doubles spending on such barriers; our [report on the storm barriers](@storm-barriers) has the details of where they will go.`,
      `Running time: three minutes.`,
    ],
  },
  {
    slug: 'tv-sunday-debate-universities', section: 'tv', feed: 'articles', h: 58,
    title: 'The Sunday Debate: should small towns get universities?',
    standfirst: 'The mayor of Nordvik, the higher education minister and two students argue over opening university campuses outside the capital.',
    author: 'Tidings TV', categories: ['Videos'], tags: ['TV', 'Education', 'Nordvik'],
    caption: 'Guests of The Sunday Debate in the studio.',
    body: [
      `This week’s Sunday Debate takes on a proposal to open small university campuses in three towns, Nordvik among them.`,
      `Nordvik’s mayor, Marit Aas, says young people leave at eighteen and do not come back, and that a campus could change that. The higher education minister replies that quality matters more than distance, and that small campuses struggle to attract teachers.`,
      `Two students from the north describe studying online and the long journeys to the capital for exams.`,
      `The full programme is broadcast on Sunday at 20:00 and runs for fifty minutes.`,
    ],
  },
  {
    slug: 'series-islands-episode-2', section: 'digital-series', feed: 'articles', h: 68,
    title: 'Islands, episode 2: Skarv, where the ferry keeps the time',
    standfirst: 'The second episode of our digital series spends a day on an island that lives by the timetable of its boat.',
    author: 'Tidings video desk', categories: ['Videos'], tags: ['Video', 'Digital series', 'Skarv'],
    caption: 'The morning ferry arrives at Skarv at first light.',
    body: [
      `Islands is a digital series of six short episodes about the small inhabited islands off the Estmark coast.`,
      `In this episode we arrive on Skarv with the first ferry of the day, along with the teenagers who commute to school on the mainland and the lorry that brings the bread.`,
      `We also meet a group of pensioners restoring an old rowing boat, and the crew of the coast guard station whose [rescue this week](@coast-guard-rescue-skarv) made the news.`,
      `Running time: seven minutes. Episode three follows next week.`,
    ],
  },
  {
    slug: 'infograph-budget-hundred-marks', section: 'infographs', feed: 'wire', h: 3,
    title: 'Infograph: where every 100 marks of the 2027 budget goes',
    standfirst: 'From pensions to flood defences, the budget passed this week divided into a hundred marks.',
    author: 'Tidings data desk', categories: ['Infographs'], tags: ['Budget', 'Data'],
    caption: 'A chart dividing 100 marks of public spending between the main budget headings.',
    body: [
      `The Assembly has approved total spending of 214 billion marks for 2027. The table shows how each 100 marks of it is divided between the main headings.`,
      { table: {
        caption: 'Each 100 marks of public spending',
        head: ['Heading', 'Marks', 'Change on 2026'],
        rows: [
          ['Social security and pensions', '34', '+1'],
          ['Health', '19', '0'],
          ['Education', '15', '+1'],
          ['Transport and infrastructure', '9', '0'],
          ['Debt interest', '6', '-1'],
          ['Coast and flood protection', '1', '+0.5'],
          ['Everything else', '16', '-1.5'],
        ],
      } },
      `Flood protection almost doubles its share, though it remains small next to the big headings. Debt interest falls as interest rates come down, and education gains a mark for the 1,200 new teachers.`,
      `Source: Ministry of Finance; Tidings data desk calculations. Figures are rounded. For the politics behind the numbers, read our [five numbers that explain the budget](@analysis-budget-numbers).`,
    ],
  },
  {
    slug: 'in-pictures-first-frost', section: 'in-pictures', feed: 'wire', h: 22,
    title: 'In pictures: the first frost of the season in the north',
    standfirst: 'Nordvik and the villages around it woke to white fields, frozen puddles and a harbour wrapped in sea smoke.',
    author: 'Tidings picture desk', categories: ['In Pictures'], tags: ['Weather', 'Winter', 'Nordvik'],
    caption: 'Children slide on a frozen puddle outside Nordvik school.',
    body: [
      `The first frost of the season arrived in the north overnight, two weeks earlier than usual. These are some of the pictures taken by our photographers and readers on Sunday morning.`,
      `In the first, children slide on a frozen puddle outside Nordvik school before lessons. In the second, a fisherman scrapes ice from the deck of his boat in the small harbour.`,
      `In the third, sea smoke rises from the fjord as the sun comes up, and in the fourth a cat watches the frost from the window of a bakery on the main square.`,
      `The Meteorological Institute expects milder weather by the middle of the week.`,
    ],
  },
];
