/**
 * Invented reports for the panel's tests: a coastal town, a mayor, a port authority. Enough
 * shape to exercise every status, evidence with and without a difference, and several days.
 */
import type { CheckedClaim, ClaimStatus, Entity, Evidence, Report } from '../../core/model.ts';

export const entities: Entity[] = [
  {
    id: 'place:xx-brinmoor',
    type: 'place',
    name: 'Brinmoor',
    description: 'town, Westshire',
    known: true,
  },
  {
    id: 'official:vale-ada',
    type: 'official',
    name: 'Ada Vale',
    description: 'Mayor of Brinmoor',
    known: true,
  },
  {
    id: 'organization:brinmoor-port',
    type: 'organization',
    name: 'Brinmoor Port Authority',
    description: 'harbour operator',
    known: true,
  },
];

export function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    reportUrl: 'https://harbour-gazette.example/storm',
    source: 'Harbour Gazette',
    title: 'Storm closes Brinmoor harbour',
    readAt: Date.UTC(2025, 2, 3, 9, 30),
    claimId: 'https://harbour-gazette.example/storm#0',
    claimText: 'Three boats sank in the harbour overnight.',
    relation: 'corroborates',
    ...overrides,
  };
}

let counter = 0;

export function claim(
  status: ClaimStatus,
  text: string,
  extra: Partial<CheckedClaim> = {},
): CheckedClaim {
  const index = counter++;
  return {
    id: `https://coast-news.example/storm#${index}`,
    start: index * 10,
    end: index * 10 + 5,
    text,
    frame: {
      event: 'damage',
      places: ['place:xx-brinmoor'],
      actors: [],
      counts: [],
      negated: false,
      identifiers: [],
    },
    keys: [`damage|place:xx-brinmoor`],
    terms: [],
    status,
    evidence: [],
    ...extra,
  };
}

/**
 * A report whose text is its headline and then its claims' sentences, each claim's span pointing
 * at its own sentence, as an analysed report's would (an export refuses spans outside the text).
 */
export function report(overrides: Partial<Report> = {}): Report {
  const made: Report = {
    url: 'https://coast-news.example/storm',
    source: 'Coast News',
    title: 'Brinmoor counts the cost of the storm',
    publishedAt: '2025-03-04T07:00:00Z',
    firstReadAt: Date.UTC(2025, 2, 4, 8, 0),
    readAt: Date.UTC(2025, 2, 4, 8, 0),
    text: '',
    entities,
    mentions: [],
    claims: [],
    ...overrides,
  };
  if (overrides.text !== undefined) return made;
  let text = `${made.title}\n\n`;
  made.claims = made.claims.map((claim) => {
    const start = text.length;
    text += `${claim.text} `;
    return { ...claim, start, end: start + claim.text.length };
  });
  made.text = text.trimEnd();
  return made;
}

/** A report with one claim of each status, in article order new → corroborated → contradicted. */
export function checkedReport(): Report {
  counter = 0;
  return report({
    claims: [
      claim('new', 'The harbour will stay shut until Friday.', {
        attribution: 'official:vale-ada',
      }),
      claim('corroborated', 'Three boats sank in the harbour.', {
        evidence: [
          evidence(),
          evidence({
            reportUrl: 'https://westshire-post.example/boats',
            source: 'Westshire Post',
            title: 'Boats lost at Brinmoor',
            claimText: 'Storm sank three boats at Brinmoor.',
          }),
        ],
      }),
      claim('contradicted', 'Nobody was hurt when the sea wall failed.', {
        attribution: 'Brinmoor police',
        evidence: [
          evidence({
            relation: 'contradicts',
            claimText: 'Two people were hurt when the sea wall gave way.',
            difference: {
              aspect: 'polarity',
              ours: 'nobody was hurt',
              theirs: 'two people were hurt',
            },
          }),
        ],
      }),
      claim('corroborated', 'The port authority closed the ferry terminal.', {
        evidence: [evidence({ claimText: 'The ferry terminal was closed by the port.' })],
      }),
    ],
  });
}
