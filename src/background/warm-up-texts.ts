/**
 * What the worker analyses to warm up: short reports of our own, each of another kind (drones
 * downed, a missile strike, a refinery fire, shelling with its toll, arrests, a report in
 * Russian, several regions at once), with officials, counts, ages, streets, times of day and
 * weekdays. The analysis runs a pattern only on text holding its trigger words, so a sample that
 * names few kinds of event leaves most patterns unrun: V8 compiles a pattern, and optimises the
 * code around it, only once it has run, and an article's first reading paid for both.
 */
import type { ArticleInput } from '../core/model.ts';

const REPORTS: [title: string, body: string][] = [
  [
    'Drones attack Kursk region overnight',
    'Ukrainian drones attacked the Kursk region overnight on Saturday, acting governor Alexander ' +
      'Khinshtein said on Telegram. Air defence units shot down 12 drones over Kurchatov and Rylsk; ' +
      'debris damaged a power line, leaving about 3,000 residents without electricity until the ' +
      'morning. Two men were injured in the village of Tetkino and taken to hospital in Kursk.',
  ],
  [
    'Missile strike on Dnipro',
    'A Russian missile struck an industrial enterprise in Dnipro on Monday afternoon, starting a ' +
      'large fire, regional head Serhiy Lysak reported. Nine people were wounded, among them a ' +
      '15-year-old girl; one woman died in hospital. Firefighters of the State Emergency Service ' +
      'put out the blaze by 6 p.m. Windows were blown out in 14 apartment blocks on Naberezhna ' +
      'Peremohy Street.',
  ],
  [
    'Refinery fire in Krasnodar region',
    'A fire broke out at the Afipsky oil refinery in the Krasnodar region after a drone attack ' +
      'early on Wednesday, the regional operational headquarters said. The blaze covered an area ' +
      'of 200 square metres and was extinguished within three hours. There were no casualties. ' +
      'Flights at Sochi airport were suspended for several hours, the Federal Air Transport Agency said.',
  ],
  [
    'Shelling of Kherson',
    'Russian troops shelled Kherson 38 times over the past day, firing artillery, mortars and ' +
      'drones at residential areas, according to the regional military administration led by ' +
      'Oleksandr Prokudin. A 67-year-old man was killed near his house on Tuesday morning, and four ' +
      'others, including a child, were hurt. Seven private houses and a gas pipeline were damaged.',
  ],
  [
    'Arrests after railway arson',
    'Police in Novosibirsk detained two teenagers suspected of setting fire to a railway relay ' +
      'cabinet on Thursday night, the Interior Ministry said. In Belgorod, the Federal Security ' +
      'Service reported the arrest of a man who allegedly passed the coordinates of military sites ' +
      'to Ukrainian intelligence. Ukrainian officials denied any link to the cases.',
  ],
  [
    'Беспилотники над Брянской областью',
    'Ночью над Брянской областью были уничтожены пять беспилотников, сообщил губернатор ' +
      'Александр Богомаз. Пострадавших нет, повреждена крыша жилого дома в посёлке Суземка.',
  ],
  [
    'Shelling and drones across the border regions',
    'Russian forces shelled the village of Velykyi Burluk in the Kharkiv region on Tuesday ' +
      'evening, injuring three people, including a 12-year-old boy, governor Oleh Syniehubov said. ' +
      'A drone struck an oil depot near Bryansk at about 3 a.m., starting a fire that was put out ' +
      'within two hours. A woman was hurt by shelling in the village of Oleksiivka in the Sumy ' +
      'region. In Zaporizhzhia, a missile hit a five-storey residential building, killing ' +
      'two and wounding 11, regional head Ivan Fedorov wrote. The Russian Defence Ministry claimed ' +
      'that air defences destroyed 27 drones overnight, 14 of them over the Kursk region.',
  ],
];

/** One report a piece: each is a few milliseconds of analysis, so an arriving article waits little. */
export const WARM_UP_PIECES: readonly ArticleInput[] = REPORTS.map(([title, body]) => ({
  url: 'https://warm-up.invalid/',
  source: 'Crosscheck',
  title,
  body,
}));
