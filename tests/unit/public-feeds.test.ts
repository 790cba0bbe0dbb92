import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { describe, expect, test } from "vitest";
import { buildMeetingsCalendar, buildTimelineAtom } from "@/lib/public/feeds";
import type { PublicMeeting, TimelineEntry } from "@/lib/public/queries";

const entries: TimelineEntry[] = [
  {
    kind: "letter",
    id: "cletter0000000001",
    date: "2014-07-10T00:00:00.000Z",
    title: { fr: "Le Collectif interpelle le gouvernement Valls", en: "The Collective petitions the Valls Government" },
    summary: { fr: "Rencontre avec la conseillère justice du Premier ministre & <suite>.", en: "Meeting with the Prime Minister's adviser & <more>." },
    status: null,
  },
  {
    kind: "milestone",
    id: "cmilestone00000001",
    date: "2015-05-19T00:00:00.000Z",
    title: { fr: "Instruction aux préfets sur le séjour des victimes", en: null },
    summary: { fr: "Instruction publiée le 19 mai 2015.", en: null },
    status: "MET",
  },
];

type Node = Record<string, unknown>;
const BASE = "https://plaidoyer.example.org";

/**
 * What a feed reader shows of an Atom text construct (RFC 4287 §3.1): type="text" is the text
 * itself; type="html" is HTML, read here as a browser would read a text without elements, which it
 * must be (any "<" left would open markup).
 */
function read(node: unknown): string {
  const value = typeof node === "object" && node ? String((node as Node)["#text"] ?? "") : String(node ?? "");
  const type = typeof node === "object" && node ? ((node as Node)["@_type"] ?? "text") : "text";
  if (type === "text") return value;
  expect(type).toBe("html");
  expect(value, "an html text construct without markup").not.toContain("<");
  return value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link", "author"].includes(name) }).parse(xml).feed;
}

const isInstant = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value);

describe("the Atom feed of the timeline", () => {
  test("holds what RFC 4287 requires: the feed's id, title, updated and author; each entry's id, title, updated and link", () => {
    const feed = parseAtom(buildTimelineAtom({ entries, locale: "en", baseUrl: BASE }));
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${BASE}/en/timeline`);
    expect(read(feed.title)).toBe("Advocacy timeline — Together against trafficking in human beings");
    expect(isInstant(feed.updated)).toBe(true);
    expect(feed.author).toEqual([{ name: "Together against trafficking in human beings", uri: `${BASE}/en` }]);
    expect(feed.link.find((link: Node) => link["@_rel"] === "self")?.["@_href"]).toBe(`${BASE}/feeds/timeline-en.xml`);
    expect(feed.entry).toHaveLength(2);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/plaidoyer\.example\.org\/en\/timeline\/(letter|milestone)-c/);
      expect(read(entry.title)).not.toBe("");
      expect(isInstant(entry.updated)).toBe(true);
      expect(entry.link.map((link: Node) => link["@_href"])).toContain(entry.id);
    }
    expect(read(feed.entry[0].title)).toBe("Letter · The Collective petitions the Valls Government");
    expect(feed.entry[0].link[0]["@_href"]).toBe(`${BASE}/en/timeline/letter-cletter0000000001`);
  });

  test("the French feed is the Collective's under its French name and address", () => {
    const feed = parseAtom(buildTimelineAtom({ entries, locale: "fr", baseUrl: BASE }));
    expect(feed.author).toEqual([{ name: "Ensemble contre la traite des êtres humains", uri: `${BASE}/` }]);
    expect(read(feed.entry[0].title)).toBe("Courrier · Le Collectif interpelle le gouvernement Valls");
    expect(feed.entry[0].link[0]["@_href"]).toBe(`${BASE}/timeline/letter-cletter0000000001`);
  });

  test("a summary or a title with '& <b>' reads back as those characters, not as markup", () => {
    const tricky: TimelineEntry = {
      ...entries[0],
      title: { fr: "Loi & <b>asile</b>", en: "Bill & <b>asylum</b>" },
      summary: { fr: "Hébergement & <b>formation</b> ]]> fin", en: "Accommodation & <b>training</b> ]]> end" },
    };
    const feed = parseAtom(buildTimelineAtom({ entries: [tricky], locale: "en", baseUrl: BASE }));
    expect(read(feed.entry[0].title)).toBe("Letter · Bill & <b>asylum</b>");
    expect(read(feed.entry[0].summary)).toBe("Accommodation & <b>training</b> ]]> end");
    const french = parseAtom(buildTimelineAtom({ entries, locale: "fr", baseUrl: BASE }));
    expect(read(french.entry[0].summary)).toBe("Rencontre avec la conseillère justice du Premier ministre & <suite>.");
  });

  test("a statement's Markdown goes out as sanitised HTML content, after the note when it is in the other language", () => {
    const statement: TimelineEntry = {
      kind: "statement",
      id: "cstatement00000001",
      date: "2018-02-01T00:00:00.000Z",
      title: { fr: "Prise de position sur la loi Asile et Immigration", en: null },
      summary: { fr: "Le Collectif a insisté sur : l’hébergement ; la formation.", en: null },
      status: null,
      text: { fr: "Le Collectif a insisté sur :\n\n- l’*hébergement* ;\n- la **formation**.\n\n<script>alert(1)</script>", en: null },
    };
    const [english, french] = (["en", "fr"] as const).map((locale) => parseAtom(buildTimelineAtom({ entries: [statement], locale, baseUrl: BASE })).entry[0]);
    expect(french.content["@_type"]).toBe("html");
    expect(french.content["#text"]).toBe("<p>Le Collectif a insisté sur :</p>\n<ul>\n<li>l’<em>hébergement</em> ;</li>\n<li>la <strong>formation</strong>.</li>\n</ul>\n");
    expect(english.content["#text"]).toBe(`<p><em>(available in French only)</em></p>${french.content["#text"]}`);
    // The summary stays plain text; entries of other kinds have no content.
    expect(read(french.summary)).toBe("Le Collectif a insisté sur : l’hébergement ; la formation.");
    expect(parseAtom(buildTimelineAtom({ entries, locale: "fr", baseUrl: BASE })).entry[0].content).toBeUndefined();
  });

  test("an entry without its English translation shows the French text with a note saying so", () => {
    const feed = parseAtom(buildTimelineAtom({ entries, locale: "en", baseUrl: BASE }));
    expect(read(feed.entry[1].title)).toBe("Met · Instruction aux préfets sur le séjour des victimes (available in French only)");
  });

  test("an empty timeline still makes a valid feed, with its author", () => {
    const feed = parseAtom(buildTimelineAtom({ entries: [], locale: "fr", baseUrl: BASE }));
    expect(feed.entry).toBeUndefined();
    expect(feed.author).toHaveLength(1);
  });
});

describe("the iCalendar feed of public meetings", () => {
  const meetings: PublicMeeting[] = [
    {
      id: "cmeeting000000001",
      startsAt: "2014-09-23T14:00:00.000Z",
      endsAt: null,
      allDay: false,
      title: { fr: "Rencontre avec le ministre de l'Intérieur", en: "Meeting with the Minister of the Interior" },
      summary: { fr: "Le Collectif a présenté ses recommandations; hébergement, formation.", en: null },
      updatedAt: "2014-09-24T08:00:00.000Z",
    },
  ];

  test("parses with ical.js: one event per meeting, at its time, with its page", () => {
    const ics = buildMeetingsCalendar({ meetings, baseUrl: "https://plaidoyer.example.org" });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event.summary).toBe("Rencontre avec le ministre de l'Intérieur");
    expect(event.uid).toBe("meeting-cmeeting000000001@plaidoyer.example.org");
    expect(event.startDate.toJSDate().toISOString()).toBe("2014-09-23T14:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2014-09-23T16:00:00.000Z");
    expect(event.description).toContain("hébergement, formation");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://plaidoyer.example.org/timeline/meeting-cmeeting000000001");
  });
});

describe("a public meeting known only to the day", () => {
  test("is an all-day event on its Paris date", () => {
    const ics = buildMeetingsCalendar({
      baseUrl: "https://plaidoyer.example.org",
      meetings: [
        {
          id: "cmeeting000000002",
          // 00:00 in Paris on 11 September 2014 is 22:00 UTC the day before.
          startsAt: "2014-09-10T22:00:00.000Z",
          endsAt: null,
          allDay: true,
          title: { fr: "Rencontre au cabinet de la ministre de la Justice", en: null },
          summary: { fr: null, en: null },
          updatedAt: "2014-09-12T08:00:00.000Z",
        },
      ],
    });
    const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2014-09-11");
  });
});
