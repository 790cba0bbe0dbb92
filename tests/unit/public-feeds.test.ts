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

/** An Atom text construct's text, whatever its type attribute. */
const text = (node: unknown): string => (typeof node === "object" && node ? String((node as Record<string, unknown>)["#text"]) : String(node));

function parseAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
}

describe("the Atom feed of the timeline", () => {
  test("parses as Atom, one entry per timeline entry, with absolute links to the entry pages", () => {
    const feed = parseAtom(buildTimelineAtom({ entries, locale: "en", baseUrl: "https://plaidoyer.example.org" }));
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(text(feed.title)).toContain("Advocacy timeline");
    expect(feed.entry).toHaveLength(2);
    expect(text(feed.entry[0].title)).toBe("Letter · The Collective petitions the Valls Government");
    expect(feed.entry[0].link["@_href"]).toBe("https://plaidoyer.example.org/en/timeline/letter-cletter0000000001");
    expect(text(feed.entry[0].summary)).toContain("& <more>");
  });

  test("an entry without its English translation shows the French text with a note saying so", () => {
    const feed = parseAtom(buildTimelineAtom({ entries, locale: "en", baseUrl: "https://plaidoyer.example.org" }));
    expect(text(feed.entry[1].title)).toBe("Met · Instruction aux préfets sur le séjour des victimes (available in French only)");
  });

  test("the French feed links to the French pages", () => {
    const feed = parseAtom(buildTimelineAtom({ entries, locale: "fr", baseUrl: "https://plaidoyer.example.org" }));
    expect(text(feed.entry[0].title)).toBe("Courrier · Le Collectif interpelle le gouvernement Valls");
    expect(feed.entry[0].link["@_href"]).toBe("https://plaidoyer.example.org/timeline/letter-cletter0000000001");
  });

  test("an empty timeline still makes a valid feed", () => {
    const feed = parseAtom(buildTimelineAtom({ entries: [], locale: "fr", baseUrl: "https://plaidoyer.example.org" }));
    expect(feed.entry).toBeUndefined();
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
