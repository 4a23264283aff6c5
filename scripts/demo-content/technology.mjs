/** Demo texts: News > Technology (the JSON Feed). All fictional. */

const API_EXAMPLE = `$ curl -s "https://api.velmora-transit.example/v1/stops/VT1043/departures?limit=3"
{
  "stop": "Harbour Square",
  "departures": [
    { "line": "4",  "destination": "University",     "due": "2026-11-25T08:14:00+00:00", "realtime": true },
    { "line": "11", "destination": "Airport",        "due": "2026-11-25T08:17:00+00:00", "realtime": true },
    { "line": "F2", "destination": "Saltholm ferry", "due": "2026-11-25T08:30:00+00:00", "realtime": false }
  ]
}`;

/** Technology stories. */
export const TECHNOLOGY = [
  {
    slug: 'transit-open-data', section: 'technology', feed: 'technology', h: 6, jsonLd: true,
    title: 'Velmora opens live bus and tram data to developers',
    standfirst: 'The city’s transport company has published real-time vehicle positions and departures through a free public API, and developers have already built a dozen apps with it.',
    author: 'Sindre Okonkwo-Lie', categories: ['Technology'], tags: ['Open data', 'Public transport', 'API'],
    caption: 'A tram passes Harbour Square, one of the busiest stops in the new live data feed.',
    body: [
      `Velmora Transit has made live data on its buses, trams and ferries available to anyone through a free programming interface, or API. The data, which updates every ten seconds, includes vehicle positions, expected departures and service disruptions.`,
      `Until now the company’s own journey planner was the only app with live data. Chief digital officer Rune Takahashi-Berg said opening it up was cheaper than building features for every group of passengers. "Someone will always build a better app for wheelchair users or for night-shift workers than we could. Our job is to give them good data," he said.`,
      { h2: 'How to use it' },
      `The API uses the GTFS Realtime standard for vehicle data and a simple JSON format for departures. No registration is required for up to 1,000 requests a day. A request for the next departures from a stop looks like this:`,
      { code: API_EXAMPLE, lang: 'shell' },
      `Within a week of the launch, developers had published apps that show departures on e-ink displays, announce buses for blind passengers and plot late-running trams on a map. One student built a terminal program that shows the next tram in a single line of text.`,
      `The data is published under an open licence, and the documentation follows the [GTFS specification](https://gtfs.org/) used by transport operators around the world.`,
    ],
  },
  {
    slug: 'default-passwords-ban', section: 'technology', feed: 'technology', h: 10,
    title: 'New rules ban default passwords on connected devices',
    standfirst: 'From next July, routers, cameras, smart speakers and other connected devices sold in the country must have a unique password and receive security updates for at least five years.',
    author: 'Sindre Okonkwo-Lie', categories: ['Technology'], tags: ['Cybersecurity', 'Consumers', 'Internet of things'],
    caption: 'A home router with its unique password printed on a label underneath.',
    body: [
      `Connected devices such as routers, baby monitors and smart doorbells will have to meet basic security requirements from 1 July 2027, under rules approved by the Assembly on Tuesday.`,
      `Devices that share a default password such as "admin" or "1234" are a common target for attackers, who use them to build networks of hijacked machines. Security researchers have long called for such passwords to be banned.`,
      { h3: 'What the rules require' },
      { ul: [
        'Every device must have a unique password, or ask the user to create one when it is first switched on',
        'Manufacturers must state on the box how long the device will receive security updates, with a minimum of five years',
        'There must be a public way to report security flaws',
        'Shops may not sell devices that do not comply',
      ] },
      `The rules are similar to those that came into force in the United Kingdom in 2024 and to parts of the European Union’s Cyber Resilience Act. Digital Affairs Minister Aino Kettunen-Boateng said aligning with them would make compliance easier for manufacturers.`,
      `Consumer groups welcomed the rules but noted that millions of older devices already in homes are not covered. Owners are advised to change default passwords and install updates; the UK’s [guidance on smart devices in the home](https://www.ncsc.gov.uk/guidance/smart-devices-in-the-home) is a useful summary.`,
    ],
  },
  {
    slug: 'data-centre-heat', section: 'technology', feed: 'technology', h: 19,
    title: 'Data centre waste heat now warms 2,000 flats',
    standfirst: 'Heat from servers in an industrial park outside Velmora is being piped into the district heating network, cutting the network’s gas use by about a tenth.',
    author: 'Jon-Ivar Castell', categories: ['Technology'], tags: ['Data centres', 'District heating', 'Energy'],
    caption: 'Insulated pipes carry warm water from the data centre to the district heating plant.',
    body: [
      `A data centre in the Brekke industrial park has started supplying heat to the district heating network that serves 2,000 flats in the neighbouring suburb. Servers produce large amounts of heat; until now it was blown into the air by cooling fans.`,
      `Heat pumps raise the temperature of the cooling water from about 30°C to the 70°C needed by the network. The operator, Nordlys Compute, says the system recovers about 8 megawatts at full load.`,
      `The district heating company, Brekke Varme, pays the data centre for the heat at a price linked to the cost of gas. Its director, Hege Sunde-Mensah, said the arrangement would cut the network’s gas consumption by around 11 per cent a year.`,
      `Several Nordic cities already use waste heat from data centres, and European rules now expect large new facilities to reuse their heat where it is practical. An overview of [district heating](https://en.wikipedia.org/wiki/District_heating) explains how such networks work.`,
      `Critics point out that data centres also use a great deal of electricity, and that heat reuse does not change that. The municipality said it would only approve new data centres that connect to a heat network.`,
    ],
  },
  {
    slug: 'rural-broadband', section: 'technology', feed: 'technology', h: 33,
    title: 'Last five per cent of homes promised fast broadband by 2028',
    standfirst: 'The government will subsidise fibre and fixed wireless connections for 46,000 rural homes that commercial operators have said are too expensive to reach.',
    author: 'Maja Holter-Nwosu', categories: ['Technology'], tags: ['Broadband', 'Rural areas', 'Telecoms'],
    caption: 'Engineers lay fibre-optic cable along a farm track in the northern valleys.',
    body: [
      `About 46,000 homes in remote areas will be connected to fast broadband by the end of 2028 under a subsidy scheme announced on Monday by the Ministry of Digital Affairs. These are the homes commercial operators have said they will not reach on their own.`,
      `Most will get fibre, but for about 7,000 homes on islands and in mountain valleys the plan relies on fixed wireless links and, as a last resort, satellite connections. All connections must offer at least 100 megabits per second.`,
      `Digital Affairs Minister Aino Kettunen-Boateng said fast internet had become "as basic as a road". During the pandemic, she said, rural families had driven to supermarket car parks to download homework.`,
      `The scheme will be run as a series of regional auctions in which operators bid for the smallest subsidy. The ministry has set aside 1.1 billion marks, and says any money left over will go to improving mobile coverage on rural roads.`,
      `Operators welcomed the plan but said the deadline was tight given a shortage of contractors to lay cable, and asked the ministry to simplify the permits needed to dig along county roads.`,
    ],
  },
  {
    slug: 'terminal-apps-revival', section: 'technology', feed: 'technology', h: 45,
    title: 'Why developers are falling for terminal apps again',
    standfirst: 'Email clients, news readers and music players that run in a text terminal are enjoying a revival, driven by fast keyboards, remote servers and a taste for calm software.',
    author: 'Jon-Ivar Castell', categories: ['Technology'], tags: ['Software', 'Terminal', 'Open source'],
    caption: 'A news reader running in a terminal window next to a code editor.',
    body: [
      `For most people, the text terminal is a relic: a black window of commands that appears in films whenever someone is hacking. But among software developers, programs that run entirely in the terminal are having a moment.`,
      `New terminal apps for email, chat, music, calendars and news appear every week on code-sharing sites. Many are written with modern toolkits that bring colours, mouse support and layouts that resize smoothly, while keeping the speed of plain text.`,
      { h2: 'Why now' },
      `Users give several reasons. Terminal apps start instantly and use little memory. They work the same way on a laptop and on a remote server reached over a slow connection. And they are controlled from the keyboard, which many developers prefer.`,
      `"There are no notifications, no autoplay video and no pop-ups asking me to subscribe. It is just text," said Lea Brandt-Ofori, a software engineer who reads her news in a terminal reader. "It makes me read more carefully."`,
      { h3: 'The limits' },
      `Terminal apps are less friendly for newcomers, who must learn keyboard shortcuts, and images are usually shown as links rather than pictures. Accessibility varies: plain text is easy for screen readers, but complex layouts can confuse them.`,
      `For a taste of the style, volunteers maintain long lists of terminal programs, such as [awesome-tuis](https://github.com/rothgar/awesome-tuis) on GitHub.`,
    ],
  },
  {
    slug: 'student-satellite-images', section: 'technology', feed: 'technology', h: 48,
    title: 'Student-built satellite sends back its first weather images',
    standfirst: 'A shoebox-sized satellite designed by engineering students at Velmora University has returned its first photographs of cloud systems over the North Atlantic.',
    author: 'Maja Holter-Nwosu', categories: ['Technology'], tags: ['Space', 'Students', 'Weather'],
    caption: 'The first image from Skarv-1: a band of cloud over the North Atlantic.',
    body: [
      `A satellite built by students at Velmora University has sent its first images back to Earth, three weeks after it was launched as a secondary payload on a commercial rocket. The photographs show a band of cloud stretching across the North Atlantic.`,
      `The satellite, called Skarv-1, is a CubeSat measuring 10 by 10 by 30 centimetres and weighing just under four kilograms. It carries a small camera and an infrared sensor that measures the temperature of cloud tops.`,
      `Around 60 students worked on the project over four years, and many have since graduated. Project manager Elias Nordvik-Amoah, now a doctoral student, said the first image arrived at the university’s ground station at 03:12 in the morning. "We were eleven people in a small room, and nobody said anything for about ten seconds. Then everyone shouted," he said.`,
      `The team plans to share the images with the Meteorological Institute, which will test whether they can improve short-term forecasts in areas with few weather stations. The satellite is expected to stay in orbit for about three years.`,
      `CubeSats have become a common way for universities to give students hands-on experience of building spacecraft; [NASA’s introduction to small satellites](https://www.nasa.gov/what-are-smallsats-and-cubesats/) explains the format.`,
    ],
  },
  {
    slug: 'court-machine-translation', section: 'technology', feed: 'technology', h: 56,
    title: 'Courts trial machine translation in small claims, with human checks',
    standfirst: 'A six-month pilot will let parties in small claims cases submit documents in 14 languages, translated by software and checked by court interpreters.',
    author: 'Maja Holter-Nwosu', categories: ['Technology'], tags: ['Courts', 'Translation', 'Artificial intelligence'],
    caption: 'A small claims hearing room at Velmora District Court.',
    body: [
      `The Courts Administration will begin a six-month trial of machine translation in small claims cases in January. Parties will be able to submit letters and evidence in 14 languages, including Arabic, Polish, Somali and Ukrainian, and receive court documents in the same language.`,
      `Every translation will be checked by a qualified court interpreter before it is used, and the official version of every judgment will remain the one in Estmarkish. Court officials say the system should cut waiting times for translations from about five weeks to a few days.`,
      `Judge Helena Marsh-Ødegaard, who chairs the project, said that about one in six small claims involves at least one party who does not read Estmarkish well. "People are losing simple disputes over deposits and repairs because they cannot follow the paperwork," she said.`,
      `The Bar Association supported the trial but warned about errors in legal terms that have no direct equivalent in other languages. The translation software runs on the courts’ own servers, and documents are not sent to outside companies.`,
      `An evaluation, including a review of the errors found by interpreters, will be published in the autumn.`,
    ],
  },
  {
    slug: 'battery-recycling-plant', section: 'technology', feed: 'technology', h: 68,
    title: 'Battery recycling plant says it recovers 95% of lithium',
    standfirst: 'A new plant in Lindhavn that recycles electric-car batteries says it can recover almost all of the lithium, nickel and cobalt they contain, though its figures have not yet been independently checked.',
    author: 'Jon-Ivar Castell', categories: ['Technology'], tags: ['Batteries', 'Recycling', 'Electric cars'],
    caption: 'Shredded battery material, known as black mass, at the Lindhavn plant.',
    body: [
      `A battery recycling plant opened in Lindhavn on Sunday, with capacity to process 20,000 tonnes of used batteries a year, roughly the batteries from 40,000 electric cars. Its operator, Kretsløp Materials, says its process recovers 95 per cent of the lithium and 98 per cent of the nickel and cobalt.`,
      `The batteries are discharged, shredded and separated into a dark powder known as black mass, which is then dissolved in acid. The metals are extracted one by one and sold back to battery makers.`,
      `Chief executive Tuva Andersen-Mahlangu said the first years would rely on scrap from battery factories rather than old cars, because most electric cars on the road are still young. "The big wave of end-of-life batteries comes in the 2030s. We want to be ready for it," she said.`,
      `Independent researchers said recovery rates depend heavily on how they are measured, and called for the figures to be audited. The company said an external audit would be published next year.`,
      `The plant employs 140 people. It runs on electricity from the grid, most of which comes from hydro and wind power.`,
    ],
  },
];
