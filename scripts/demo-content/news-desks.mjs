/** Demo texts: News > Sports, Arts & Culture, Health, Environment (the wire feed). All fictional. */

/** Sports stories. */
export const SPORTS = [
  {
    slug: 'cup-final-penalties', section: 'sports', feed: 'wire', h: 40,
    title: 'Velmora Rovers win the Estmark Cup on penalties',
    standfirst: 'Goalkeeper Aksel Fjeld saved two spot-kicks as Rovers beat Harbour City 4-3 on penalties after a 1-1 draw, their first cup win in 17 years.',
    author: 'Jonas Brekkan', categories: ['Sports'], tags: ['Football', 'Estmark Cup', 'Velmora Rovers'],
    caption: 'Velmora Rovers players run to goalkeeper Aksel Fjeld after his second penalty save.',
    body: [
      `Velmora Rovers won the Estmark Cup for the first time since 2009 on Sunday, beating Harbour City 4-3 in a penalty shoot-out after the final ended 1-1 after extra time. Goalkeeper Aksel Fjeld saved the first and the last of City’s penalties in front of 31,200 spectators at the National Stadium.`,
      `City took the lead after 23 minutes, when midfielder Tiago Ramsland curled a free kick into the top corner. Rovers equalised early in the second half through their captain, Emil Oduya-Strand, who headed in a corner at the near post.`,
      `Extra time produced few chances. City’s striker Luka Hemmingsen hit the post in the 112th minute, and Rovers had a late goal ruled out for offside after a video review.`,
      { quote: 'I have watched this club lose finals since I was a boy. Today I could finally do something about it.', cite: 'Aksel Fjeld, Velmora Rovers goalkeeper' },
      `Thousands of supporters waited outside the stadium until after midnight for the team bus, and the club has announced an open training session on Thursday so that fans can see the trophy.`,
      `The win gives Rovers a place in next season’s European qualifying rounds. City, who lead the league by a point, return to league action on Wednesday; see our [weekend round-up](@league-roundup) for the table.`,
    ],
  },
  {
    slug: 'league-roundup', section: 'sports', feed: 'wire', h: 52,
    title: 'League round-up: leaders stumble as chasers close the gap',
    standfirst: 'Harbour City dropped points for the second week running, and only three points now separate the top four with nine rounds left.',
    author: 'Jonas Brekkan', categories: ['Sports'], tags: ['Football', 'Premier League'],
    caption: 'Saltholm United substitute Ola Ingvarsen celebrates his second goal against Ostby.',
    body: [
      `The title race in the Estmark Premier League tightened on Saturday as leaders Harbour City were held to a goalless draw at home by Nordvik, while the three clubs behind them all won.`,
      { table: {
        caption: 'Results, round 21',
        head: ['Home', 'Score', 'Away'],
        rows: [
          ['Harbour City', '0–0', 'Nordvik FK'],
          ['Saltholm United', '2–1', 'Ostby IF'],
          ['Velmora Rovers', '3–0', 'Kalmhus'],
          ['Brekke Athletic', '1–2', 'Aske Valley'],
          ['Lindhavn', '2–2', 'Sandvik Town'],
        ],
      } },
      `Saltholm United came from behind to beat Ostby, with substitute Ola Ingvarsen scoring twice in the last ten minutes. Velmora Rovers kept up their good form ahead of the cup final, beating Kalmhus comfortably with three goals before half-time.`,
      { table: {
        caption: 'Top of the table after round 21',
        head: ['Pos', 'Team', 'Played', 'Points'],
        rows: [
          ['1', 'Harbour City', '21', '45'],
          ['2', 'Saltholm United', '21', '44'],
          ['3', 'Velmora Rovers', '21', '43'],
          ['4', 'Aske Valley', '21', '42'],
          ['5', 'Nordvik FK', '21', '35'],
        ],
      } },
      `Aske Valley’s win at Brekke was their sixth in a row, a club record. Coach Renate Solvik-Adeyemi said her team was "not thinking about the table, only about the next match", but supporters in the away end sang about the title for most of the second half.`,
      `At the bottom, Kalmhus remain six points from safety and have now gone eleven matches without a win. Their board said on Sunday morning that the head coach would stay in his job until the winter break at least.`,
    ],
  },
  {
    slug: 'marathon-course-record', section: 'sports', feed: 'wire', h: 62,
    title: 'Course record falls at the Velmora Marathon',
    standfirst: 'Selam Getachew-Nyberg broke the women’s course record by 41 seconds on a cold, still morning, while the men’s race was decided by a single second.',
    author: 'Hedda Moen-Carr', categories: ['Sports'], tags: ['Athletics', 'Marathon'],
    caption: 'Runners cross the harbour bridge in the early stages of the Velmora Marathon.',
    body: [
      `Selam Getachew-Nyberg broke the women’s course record at the Velmora Marathon on Sunday, finishing in 2:22:18, 41 seconds faster than the previous best set in 2019. About 9,400 runners started the race in temperatures just above freezing, with almost no wind.`,
      { table: {
        caption: 'Leading finishers',
        head: ['Race', 'Runner', 'Club', 'Time'],
        rows: [
          ['Women', 'Selam Getachew-Nyberg', 'Velmora AC', '2:22:18'],
          ['Women', 'Julie Storaas', 'Nordvik Runners', '2:24:05'],
          ['Women', 'Amani Torvik', 'Aske Valley IL', '2:25:40'],
          ['Men', 'Henrik Dalby-Osei', 'Saltholm IF', '2:09:51'],
          ['Men', 'Mateus Holm', 'Velmora AC', '2:09:52'],
          ['Men', 'Per-Erik Sande', 'Brekke AC', '2:10:30'],
        ],
      } },
      `Getachew-Nyberg ran alone from the 25-kilometre mark and said the quiet streets along the harbour had helped her concentrate. "After thirty kilometres you only hear your breathing and the seagulls," she said.`,
      `The men’s race came down to the final 200 metres, where Henrik Dalby-Osei edged ahead of his training partner Mateus Holm. The two embraced on the line and then argued, laughing, about who had led the pacing in the windless middle section.`,
      `Organisers said 212 runners were treated for minor problems, mostly cramp and cold, and none needed hospital care. Next year’s race is set for 21 November 2027.`,
      `Conditions were close to ideal for fast times, and 38 per cent of finishers set a personal best, according to the organisers. The oldest finisher, an 84-year-old from Brekke, completed the course in just under six hours.`,
    ],
  },
  {
    slug: 'junior-chess-champion', section: 'sports', feed: 'wire', h: 34,
    title: 'Fourteen-year-old becomes youngest national chess champion',
    standfirst: 'Vera Lindholm-Achebe won the national championship with a round to spare, becoming the youngest champion in the tournament’s 95-year history.',
    author: 'Hedda Moen-Carr', categories: ['Sports'], tags: ['Chess', 'Young people'],
    caption: 'Vera Lindholm-Achebe during her seventh-round game against the defending champion.',
    body: [
      `Vera Lindholm-Achebe, a 14-year-old pupil from Saltholm, won the national chess championship in Velmora on Monday with a round to spare. She has scored 7.5 points from eight games against a field that included four grandmasters.`,
      `Her decisive win came in round seven against the defending champion, Grandmaster Nils Aagaard, in a long endgame with rooks and pawns that lasted almost six hours. Aagaard resigned on move 83.`,
      `Lindholm-Achebe learned to play at the age of six at a chess club in the Saltholm public library, where she still trains twice a week. Her coach, Ivar Bjørnstad, said her main strength was patience. "She is happy to sit in a position that looks quiet and wait for her opponent to get bored," he said.`,
      `The previous youngest champion was 16 when he won in 1978. Lindholm-Achebe now qualifies for the national team and said she would spend the prize money, 20,000 marks, on "books and a new laptop".`,
      `The final round is on Tuesday. Games from the championship can be replayed on free sites such as [lichess.org](https://lichess.org/).`,
    ],
  },
];

/** Arts & Culture stories. */
export const ARTS = [
  {
    slug: 'film-festival-silent', section: 'arts-culture', feed: 'wire', h: 8,
    title: 'Northern Light film festival opens with a silent-film revival',
    standfirst: 'The festival’s 30th edition opened with a restored 1926 silent film accompanied by a live orchestra, and runs until Sunday with 140 films from 38 countries.',
    author: 'Clara Vennesland', categories: ['Arts & Culture'], tags: ['Film', 'Festivals', 'Northern Light'],
    caption: 'The orchestra rehearses in front of the screen at the Harbour Cinema before the opening night.',
    body: [
      `The Northern Light Film Festival opened its 30th edition in Velmora on Tuesday evening with a screening of a restored silent film, *The Lantern Keeper’s Daughter*, made in 1926 and thought lost for decades until a nitrate copy was found in an attic in Lindhavn.`,
      `The restoration took two years at the National Film Archive. A 40-piece orchestra played a new score by composer Siri Haugland-Mbeki, which mixes folk melodies with electronic sounds.`,
      `Festival director Paul Ekdahl said the choice reflected the festival’s origins. "We started thirty years ago in a school hall with one projector and a piano. It felt right to begin again with music and a film nobody has seen for almost a century," he said.`,
      `This year’s programme includes 140 films from 38 countries, with a competition for first-time directors and a strand of films made by young people. Most screenings are subtitled in English, and relaxed screenings are offered for families with small children.`,
      `Tickets for the closing-night film sold out within an hour. The festival runs until Sunday 29 November.`,
    ],
  },
  {
    slug: 'library-reopens', section: 'arts-culture', feed: 'wire', h: 28,
    title: 'Restored Velmora library reopens after four years',
    standfirst: 'The 1912 central library reopened with its reading room restored, longer opening hours and a basement turned into a workshop with sewing machines, 3D printers and a recording studio.',
    author: 'Clara Vennesland', categories: ['Arts & Culture'], tags: ['Libraries', 'Architecture', 'Velmora'],
    caption: 'Visitors in the restored reading room of Velmora’s central library on its first day.',
    body: [
      `Velmora’s central library reopened on Monday after a four-year renovation that cost 180 million marks. Queues formed before the doors opened at eight, and librarians counted 6,200 visitors by closing time.`,
      { h2: 'What is new' },
      { ul: [
        'A restored reading room with the original 1912 ceiling paintings',
        'Opening hours from 08:00 to 22:00 every day of the year',
        'A basement workshop with sewing machines, 3D printers and a sound studio',
        'A children’s floor with a storytelling room and a reading garden',
      ] },
      `The architect in charge of the renovation, Lotte Amundsen-Kariuki, said the brief had been to make the building "as quiet as a library and as busy as a station". The old card-catalogue drawers have been kept and now hold seeds that visitors can borrow and plant.`,
      `City culture councillor Omar Fossheim said the longer opening hours would be staffed by 22 new librarians and security staff. Late evenings are expected to be popular with students, who had complained that the temporary library was too small.`,
      { h2: 'Open to debate' },
      `Writing on our opinion pages, a columnist argues that [libraries are the last free indoor public space](@opinion-libraries).`,
    ],
  },
  {
    slug: 'quill-prize-debut', section: 'arts-culture', feed: 'wire', h: 57,
    title: 'Debut novel about a lighthouse keeper wins the Quill Prize',
    standfirst: 'Astrid Nordahl-Sesay’s first novel, set on a remote island in the 1950s, won the country’s biggest literary award.',
    author: 'Mikael Sørhus', categories: ['Arts & Culture'], tags: ['Books', 'Quill Prize', 'Fiction'],
    caption: 'Astrid Nordahl-Sesay receives the Quill Prize at the City Theatre.',
    body: [
      `Astrid Nordahl-Sesay won the Quill Prize for fiction on Sunday evening for her debut novel *The Last Light on Skarv*, the story of a lighthouse keeper and his daughter on a remote island in the 1950s. She is the first debut author to win the prize in 23 years.`,
      `The judges praised the book’s "precise, salt-bitten prose" and its portrait of a family held together by routine. The prize is worth 250,000 marks.`,
      `Nordahl-Sesay, a former radio producer, said she had based the novel on interviews with retired keepers recorded in the 1990s. "They talked about the weather the way other people talk about relatives," she said in her acceptance speech.`,
      `The novel has sold 40,000 copies since its publication in March and is being translated into nine languages, and a stage adaptation is planned for the City Theatre in 2028.`,
      `The shortlist also included novels by Hugo Varela-Lind, Maja Eikrem and Tomas Bello-Rinde. The judges said it had been the strongest list in years and that the final decision was taken only after a second reading of all four books.`,
    ],
  },
  {
    slug: 'youth-orchestra-tour', section: 'arts-culture', feed: 'wire', h: 66,
    title: 'Youth orchestra takes folk songs on a six-country tour',
    standfirst: 'The National Youth Orchestra begins a tour of six European countries with a programme built on folk songs collected by its own members from their grandparents.',
    author: 'Mikael Sørhus', categories: ['Arts & Culture', 'Europe'], tags: ['Music', 'Orchestra', 'Folk songs'],
    caption: 'Members of the National Youth Orchestra rehearse in Velmora before leaving on tour.',
    body: [
      `Ninety musicians aged 14 to 22 set off from Velmora on Sunday for a two-week tour of six European countries. The National Youth Orchestra will play in Copenhagen, Hamburg, Prague, Vienna, Ljubljana and Kraków.`,
      `The programme grew out of a project in which the players recorded songs sung by their grandparents and other older relatives. Composer-in-residence Freya Oduro-Haldorsen arranged twelve of them into a suite for orchestra and choir.`,
      `"Some of the songs had never been written down. One of our cellists recorded her great-grandmother singing a lullaby she learned in 1931," said conductor Mathias Rønning.`,
      `The tour is partly funded by a cultural exchange programme, and in each city the orchestra will rehearse for a day with a local youth ensemble. Concerts will be streamed, and recordings of the original songs will be published as a free archive next year.`,
      `For many of the players it is their first time performing abroad. The orchestra travels by train and coach, and the musicians keep a shared online diary of the tour, with recordings from rehearsals and photographs from each city.`,
    ],
  },
];

/** Health stories. */
export const HEALTH = [
  {
    slug: 'clinics-evening-hours', section: 'health', feed: 'wire', h: 12,
    title: 'Walk-in clinics extend evening hours for winter',
    standfirst: 'Twelve walk-in clinics in the capital region will stay open until 22:00 from December to March, to take pressure off hospital emergency departments during the flu season.',
    author: 'Ragna Ilves', categories: ['Health'], tags: ['Clinics', 'Winter', 'Emergency care'],
    caption: 'The waiting room of a walk-in clinic in central Velmora.',
    body: [
      `Walk-in clinics in the capital region will open later in the evening this winter, the regional health authority announced on Tuesday. From 1 December until the end of March, twelve clinics will stay open until 22:00 on weekdays and until 20:00 at weekends.`,
      `The health authority says about a quarter of people who visit hospital emergency departments in winter could be treated in a clinic, for problems such as minor injuries, ear infections and persistent coughs.`,
      `The clinics will offer:`,
      { ul: [
        'assessment by a nurse or doctor without an appointment',
        'X-rays at four of the twelve sites',
        'prescriptions and sick notes',
        'flu and COVID-19 vaccinations for eligible groups',
      ] },
      `Emergency physician Jakob Hellum-Osei said longer clinic hours would help, but that people should still call the emergency number for chest pain, difficulty breathing or signs of a stroke.`,
      `The extension will cost 38 million marks and will be staffed partly by doctors working extra shifts. A list of clinics and their current waiting times will be published on the health authority’s website.`,
    ],
  },
  {
    slug: 'walking-after-meals', section: 'health', feed: 'wire', h: 36,
    title: 'Short walks after meals linked to steadier blood sugar',
    standfirst: 'Volunteers who walked for ten minutes after each main meal had smaller rises in blood sugar than those who walked for half an hour once a day, a small study has found.',
    author: 'Ragna Ilves', categories: ['Health'], tags: ['Research', 'Exercise', 'Diabetes'],
    caption: 'Office workers walk along the harbour promenade at lunchtime.',
    body: [
      `A ten-minute walk after each meal may help keep blood sugar steadier than a single longer walk, according to a small study from Velmora University Hospital published on Monday.`,
      `Researchers followed 84 adults with prediabetes for twelve weeks. Half were asked to walk for ten minutes after breakfast, lunch and dinner; the other half walked for 30 minutes at a time of their choosing. Both groups wore glucose monitors.`,
      `The post-meal group had on average 17 per cent smaller spikes in blood sugar after eating. Weight and blood pressure changed little in either group over the short study period.`,
      { quote: 'The message is not that long walks are bad. It is that timing matters, and a short walk is easier to fit into a working day than an hour at the gym.', cite: 'Amalie Voss-Nakamura, lead author of the study' },
      `Independent experts said the findings were consistent with earlier research but noted that the study was small and short. People with diabetes should discuss any change to their routine with their doctor. General advice on physical activity is available from the [World Health Organization](https://www.who.int/news-room/fact-sheets/detail/physical-activity).`,
    ],
  },
  {
    slug: 'flu-vaccine-uptake', section: 'health', feed: 'wire', h: 54,
    title: 'Flu vaccine uptake ahead of last year among over-65s',
    standfirst: 'Sixty-one per cent of people aged 65 and over have had this season’s flu vaccine, compared with 55 per cent at the same point last year.',
    author: 'Kasper Utne', categories: ['Health'], tags: ['Vaccination', 'Flu', 'Public health'],
    caption: 'A pharmacist prepares flu vaccines at a pharmacy in Saltholm.',
    body: [
      `More older people have been vaccinated against flu this autumn than at the same time last year, according to figures from the Public Health Institute published on Sunday.`,
      { table: {
        caption: 'Flu vaccine uptake by 20 November',
        head: ['Group', '2025', '2026'],
        rows: [
          ['Aged 65 and over', '55%', '61%'],
          ['Aged 18–64 in risk groups', '31%', '34%'],
          ['Health-care workers', '48%', '52%'],
          ['Pregnant women', '29%', '33%'],
        ],
      } },
      `The institute credited a text-message reminder system introduced this year, which sends an invitation with a booking link to everyone in an eligible group. Pharmacies also gave more vaccinations than in previous years, and several opened on Saturdays.`,
      `In some municipalities uptake among older people is now above 70 per cent. The lowest rates are in the capital’s inner districts, where the institute has sent mobile vaccination teams to libraries, mosques and community centres over the past two weeks.`,
      `Chief epidemiologist Ingrid Haaland-Ruiz said the season had started early in parts of Europe, and that it was "not too late" for eligible people who had not yet been vaccinated. Uptake among health-care workers remained too low, she added, and hospitals would run extra sessions on night shifts.`,
      `Vaccination is free for people in eligible groups until the end of February.`,
    ],
  },
  {
    slug: 'nursing-places', section: 'health', feed: 'wire', h: 70,
    title: 'Nursing schools to add 600 training places',
    standfirst: 'The government will fund 600 extra places on nursing degrees from next autumn, and pay part of students’ rent if they agree to work in rural areas after graduating.',
    author: 'Kasper Utne', categories: ['Health'], tags: ['Nursing', 'Education', 'Rural health'],
    caption: 'Nursing students during a practical class at Velmora University.',
    body: [
      `Universities will offer 600 more places on nursing degrees from August 2027, the health and education ministries announced on Sunday. The expansion, worth 95 million marks a year, is the largest since the degrees moved to universities in the 1990s.`,
      `Hospitals in rural districts have struggled to fill posts. In the north, one in eight nursing positions was vacant in October, according to the Nurses’ Union.`,
      `Students who commit to working for three years in a designated rural area after graduating will have up to half of their rent paid during their studies. Similar schemes in other countries have had mixed results, and the ministries said the scheme would be evaluated after five years.`,
      `Union leader Birgit Aasen-Lwazi welcomed the new places but said pay and working hours also had to improve. "Training more nurses helps only if they stay in the job," she said.`,
      `Universities said they would need more clinical placements in hospitals and care homes to take the extra students, and asked for the first year’s money to be paid early so that they can hire teaching staff in the spring.`,
    ],
  },
];

/** Environment stories. */
export const ENVIRONMENT = [
  {
    slug: 'storm-barriers', section: 'environment', feed: 'wire', h: 1.9, jsonLd: true,
    title: 'Coastal towns test new flood barriers before winter storms',
    standfirst: 'Demountable barriers were raised in three harbour towns in a full-scale exercise, as forecasters warn of a stormy start to December.',
    author: 'Amund Reite', categories: ['Environment'], tags: ['Flooding', 'Storms', 'Climate adaptation'],
    caption: 'Emergency crews slot aluminium panels into place along Saltholm harbour.',
    body: [
      `Emergency crews raised temporary flood barriers along the harbour fronts of Nordvik, Saltholm and Lindhavn on Tuesday in the first full-scale test of a system bought after last winter’s storm surge.`,
      `The aluminium barriers slot into steel channels set into the quay and can be assembled into a wall up to 1.8 metres high. In Saltholm, a team of 24 put up 400 metres of barrier in two hours and ten minutes, inside the target of three hours.`,
      { h3: 'What residents should know' },
      { ol: [
        'Sign up for flood text alerts from the municipality',
        'Move cars away from the harbour front when a red warning is issued',
        'Do not walk on the barriers or the quay during a storm',
      ] },
      `The Meteorological Institute said warm sea temperatures and a strong jet stream raised the likelihood of deep low-pressure systems in early December. Duty forecaster Halvor Sæther said it was too early to predict individual storms.`,
      `Funding for permanent barriers in the three towns was increased in the [budget passed overnight](@budget-vote).`,
    ],
  },
  {
    slug: 'estuary-wetland-birds', section: 'environment', feed: 'wire', h: 22,
    title: 'Wading birds return to restored Aske estuary',
    standfirst: 'A year after sea walls were opened to flood 300 hectares of former farmland, bird counts on the Aske estuary have more than doubled.',
    author: 'Linnea Grøtte', categories: ['Environment'], tags: ['Wildlife', 'Wetlands', 'Birds'],
    caption: 'A flock of dunlin over the new salt marsh at the mouth of the Aske river.',
    body: [
      `Twelve months after engineers cut three breaches in an old sea wall at the mouth of the Aske river, the new salt marsh behind it is full of birds. Volunteer counters recorded 14,600 wading birds on the site in October, compared with 6,100 in October last year.`,
      `The project let the tide back onto 300 hectares of low-lying farmland that had been protected by the wall since the 1880s. The land was bought from its owners at market value, and a new embankment further inland was built to protect the village of Askeby.`,
      `Counts of selected species in October:`,
      { ul: [
        'Dunlin: 8,900 (up from 3,400)',
        'Redshank: 2,100 (up from 900)',
        'Curlew: 1,450 (up from 1,100)',
        'Avocet: 320 (none recorded last year)',
      ] },
      `Project ecologist Marit Solheim-Addo said the marsh was also storing carbon in its mud and would absorb some of the energy of storm waves. "A salt marsh is a sea defence that repairs itself," she said.`,
      `The marsh will open to visitors in the spring, with a boardwalk and two bird hides. Dogs will not be allowed on the boardwalk between March and July, when redshank nest in the grass.`,
    ],
  },
  {
    slug: 'heat-pumps-double', section: 'environment', feed: 'wire', h: 42,
    title: 'Heat-pump installations double in a year',
    standfirst: 'Households installed 41,000 heat pumps in the first ten months of 2026, twice as many as a year earlier, after a grant scheme was simplified.',
    author: 'Linnea Grøtte', categories: ['Environment'], tags: ['Energy', 'Heating', 'Heat pumps'],
    caption: 'An installer fits an air-to-water heat pump outside a terraced house in Brekke.',
    body: [
      `Homeowners installed 41,000 heat pumps between January and October, almost twice as many as in the same period of 2025, according to the Energy Agency.`,
      { table: {
        caption: 'Heat pumps installed, January–October',
        head: ['Type', '2025', '2026'],
        rows: [
          ['Air-to-water', '11,300', '24,800'],
          ['Ground source', '4,900', '7,600'],
          ['Air-to-air', '4,700', '8,600'],
          ['Total', '20,900', '41,000'],
        ],
      } },
      `The agency attributed the rise to a simpler grant, which since January has been paid directly to installers instead of being reclaimed by households afterwards. The grant covers up to 30 per cent of the cost, capped at 40,000 marks.`,
      `Installers said the main limit now was the number of trained technicians. The Installers’ Association estimates that the industry needs 1,500 more qualified workers, and several vocational schools have added heat-pump courses.`,
      `About 38 per cent of homes are still heated by oil or gas boilers. The government aims to bring that below 20 per cent by 2035, and the agency said the current pace of installations would have to continue for at least eight years to reach the target.`,
      `Grid operators say the growth is manageable, but have asked for heat pumps to be fitted with smart controls that can briefly reduce power use at times of peak demand on cold evenings.`,
    ],
  },
  {
    slug: 'river-litter-cleanup', section: 'environment', feed: 'wire', h: 58,
    title: 'Volunteers pull three tonnes of litter from the Aske river',
    standfirst: 'More than 800 volunteers in kayaks, waders and on the banks spent Saturday clearing the river through Velmora; drinks cans and bottles made up most of the haul.',
    author: 'Amund Reite', categories: ['Environment'], tags: ['Rivers', 'Litter', 'Volunteers'],
    caption: 'Volunteers in kayaks collect rubbish from the reed beds of the Aske river.',
    body: [
      `More than 800 volunteers cleared three tonnes of rubbish from the Aske river and its banks on Saturday, in the biggest clean-up since the annual event began in 2014.`,
      `Teams in kayaks worked the main channel while others in waders searched the reed beds. Among the items recovered were 4,200 drinks cans, 2,900 plastic bottles, eleven bicycles, two shopping trolleys and a piano stool.`,
      `Organiser Signe Lauritzen-Baah said the number of bottles had fallen since the deposit scheme was extended to juice and milk cartons last year, but that cigarette filters and food packaging were "as common as ever".`,
      `The city council provided skips and sorted the waste for recycling. Samples of microplastics from the riverbed were sent to the university for analysis.`,
      `The event ends with a tradition: volunteers vote on the strangest find, which is displayed in the city museum for a month. This year’s winner was the piano stool.`,
    ],
  },
];
