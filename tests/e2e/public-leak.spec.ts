// Never leaking: unique markers in every field and item that is not public, then every public page,
// feed and file read as an anonymous visitor (raw HTML and React payloads), following every link;
// each marker must be found zero times. Then the same, as an observer, for coordination markers.
import { randomBytes } from "node:crypto";
import { entryKey } from "../../lib/public/timeline-view";
import { DEMO, expect, signInAs, test, testDb } from "./fixtures";
import { crawl, documentData, ensureDemoAccounts, newId, occurrences, refreshPublicCache } from "./public-support";

const run = randomBytes(4).toString("hex").toUpperCase();
const marker = (name: string) => `LEAK-${name}-${run}`;

/** Markers an observer may read (member-visible items), and those no one but coordinators may. */
const membersMarkers: string[] = [];
const coordinationMarkers: string[] = [];
/** Public text that must be found: proves the crawl reached the pages that hold the secrets. */
const publicMarkers: string[] = [];
/** Entry addresses of items that are not public: asked for directly, they must 404 and say nothing. */
const hiddenEntryPaths: string[] = [];
/**
 * Workspace pages an observer reads that hold a coordination-only field (confidential notes, a
 * coordination document, a person's notes are searched): each with a text of hers that proves the
 * page shows the fields around the hidden one.
 */
const neighbourPages: { path: string; shows: string[] }[] = [];
/** The workspace pages of coordination-level items: an observer gets 404. */
const coordinationPages: string[] = [];

const members = (name: string) => (membersMarkers.push(marker(name)), marker(name));
const coordination = (name: string) => (coordinationMarkers.push(marker(name)), marker(name));
const visible = (name: string) => (publicMarkers.push(`PUBLIC-${name}-${run}`), `PUBLIC-${name}-${run}`);

test.describe("never leaking", () => {
  test.describe.configure({ mode: "serial", timeout: 300_000 });

  test.beforeAll(async ({ browser, baseURL }) => {
    await ensureDemoAccounts();
    const db = testDb();
    const when = new Date(Date.UTC(2030, 5, 15, 8));

    // Institutions carry no visibility of their own: the workspace's registry shows them to every
    // signed-in reader. One that only non-public items name must still never reach the public.
    const hiddenInstitution = await db.institution.create({ data: { id: newId(), name: members("INSTITUTION-ONLY-INTERNAL"), kind: "MINISTRY" } });
    const publicInstitution = await db.institution.create({ data: { id: newId(), name: visible("INSTITUTION"), kind: "MINISTRY" } });
    const hiddenCampaign = await db.campaign.create({ data: { id: newId(), slug: `leak-${run.toLowerCase()}`, nameFr: members("CAMPAIGN-MEMBERS"), visibility: "MEMBERS" } });
    const hiddenTheme = await db.theme.create({ data: { id: newId(), slug: `leak-theme-${run.toLowerCase()}`, nameFr: members("THEME-FR"), nameEn: members("THEME-EN") } });
    const organisation = await db.organisation.create({ data: { id: newId(), name: visible("ORGANISATION"), slug: `leak-org-${run.toLowerCase()}`, status: "MEMBER" } });
    const person = await db.person.create({ data: { id: newId(), firstName: "Agent", lastName: members("PERSON"), notes: coordination("PERSON-NOTES"), organisationId: organisation.id } });

    // A public meeting: its internal fields, and its documents that are not public.
    const publicMeeting = await db.meeting.create({
      data: {
        id: newId(),
        titleFr: visible("MEETING-TITLE"),
        titleEn: visible("MEETING-TITLE-EN"),
        summaryFr: visible("MEETING-SUMMARY"),
        startsAt: when,
        kind: "GOVERNMENT",
        status: "HELD",
        visibility: "PUBLIC",
        publishedAt: when,
        place: members("PLACE"),
        agenda: members("AGENDA"),
        report: members("REPORT"),
        confidentialNotes: coordination("CONFIDENTIAL-NOTES"),
        campaignId: hiddenCampaign.id,
        institutions: { create: { institutionId: publicInstitution.id } },
        delegation: { create: { organisationId: organisation.id } },
        delegates: { create: { personId: person.id } },
        documents: {
          create: [documentData("PUBLIC", visible("DOCUMENT")), documentData("MEMBERS", members("DOCUMENT-MEMBERS")), documentData("COORDINATION", coordination("DOCUMENT-COORDINATION"))],
        },
        actions: { create: { title: members("ACTION"), description: members("ACTION-DESCRIPTION") } },
        commitments: { create: { descriptionFr: members("COMMITMENT"), note: coordination("COMMITMENT-NOTE") } },
      },
    });

    // A public demand: its public milestone shows; an internal step does not.
    const publicDemand = await db.demand.create({
      data: {
        id: newId(),
        titleFr: visible("DEMAND"),
        descriptionFr: visible("DEMAND-DESCRIPTION"),
        statusDate: when,
        raisedOn: when,
        visibility: "PUBLIC",
        themes: { create: { theme: { create: { id: newId(), slug: `public-theme-${run.toLowerCase()}`, nameFr: visible("THEME"), nameEn: visible("THEME-EN") } } } },
        statusChanges: {
          create: [
            { id: newId(), status: "PROMISED", date: when, noteFr: visible("MILESTONE"), milestone: true },
            { id: newId(), status: "IN_PROGRESS", date: when, noteFr: members("STEP-NOT-MILESTONE"), noteEn: members("STEP-NOT-MILESTONE-EN"), milestone: false },
          ],
        },
      },
      include: { statusChanges: true },
    });
    // What was said of a demand at a meeting is internal (never public), but not confidential: the
    // meeting's readers in the workspace read it, as they read its report.
    await db.meetingDemand.create({ data: { meetingId: publicMeeting.id, demandId: publicDemand.id, note: members("MEETING-DEMAND-NOTE") } });
    hiddenEntryPaths.push(`/timeline/${entryKey("milestone", publicDemand.statusChanges.find((c) => !c.milestone)!.id)}`);

    // A public letter with confidential notes, sent to the public institution.
    const publicLetter = await db.letter.create({
      data: {
        id: newId(),
        direction: "SENT",
        date: when,
        subjectFr: visible("LETTER"),
        summaryFr: visible("LETTER-SUMMARY"),
        confidentialNotes: coordination("LETTER-CONFIDENTIAL"),
        senderName: members("LETTER-SENDER"),
        visibility: "PUBLIC",
        recipients: { create: { institutionId: publicInstitution.id } },
        documents: { create: [documentData("MEMBERS", members("LETTER-DOCUMENT"))] },
      },
    });

    neighbourPages.push(
      { path: `/meetings/${publicMeeting.id}`, shows: [marker("AGENDA"), marker("REPORT"), marker("DOCUMENT-MEMBERS")] },
      { path: `/letters/${publicLetter.id}`, shows: [`PUBLIC-LETTER-SUMMARY-${run}`, marker("LETTER-DOCUMENT")] },
      { path: `/demands/${publicDemand.id}`, shows: [marker("STEP-NOT-MILESTONE"), `PUBLIC-DEMAND-DESCRIPTION-${run}`] },
      { path: `/people/${person.id}`, shows: [marker("PERSON")] },
      { path: `/search?q=${encodeURIComponent(marker("MEMBERS-MEETING"))}`, shows: ['data-testid="search-hit"'] },
    );

    // Whole items that are not public, at both levels, in every kind.
    for (const level of ["MEMBERS", "COORDINATION"] as const) {
      const mark = level === "MEMBERS" ? members : coordination;
      const meeting = await db.meeting.create({
        data: {
          id: newId(),
          titleFr: mark(`${level}-MEETING`),
          titleEn: mark(`${level}-MEETING-EN`),
          summaryFr: mark(`${level}-MEETING-SUMMARY`),
          startsAt: new Date(when.getTime() + 86_400_000),
          kind: "GOVERNMENT",
          visibility: level,
          institutions: { create: { institutionId: level === "COORDINATION" ? hiddenInstitution.id : publicInstitution.id } },
          documents: { create: [documentData("PUBLIC", mark(`${level}-MEETING-PUBLIC-DOCUMENT`))] },
        },
      });
      const futureMeeting = await db.meeting.create({
        data: { id: newId(), titleFr: mark(`${level}-NEXT-MEETING`), startsAt: new Date(Date.now() + 7 * 86_400_000), kind: "PLENARY", visibility: level },
      });
      const letter = await db.letter.create({
        data: { id: newId(), direction: "RECEIVED", date: when, subjectFr: mark(`${level}-LETTER`), summaryFr: mark(`${level}-LETTER-SUMMARY`), visibility: level },
      });
      const statement = await db.statement.create({
        data: { id: newId(), date: when, titleFr: mark(`${level}-STATEMENT`), textFr: mark(`${level}-STATEMENT-TEXT`), textEn: mark(`${level}-STATEMENT-TEXT-EN`), visibility: level },
      });
      const demand = await db.demand.create({
        data: {
          id: newId(),
          titleFr: mark(`${level}-DEMAND`),
          descriptionFr: mark(`${level}-DEMAND-DESCRIPTION`),
          statusDate: when,
          raisedOn: when,
          visibility: level,
          themes: { create: { themeId: hiddenTheme.id } },
          targets: { create: { institutionId: hiddenInstitution.id } },
          statusChanges: { create: { id: newId(), status: "MET", date: when, noteFr: mark(`${level}-DEMAND-MILESTONE`), milestone: true } },
        },
        include: { statusChanges: true },
      });
      if (level === "COORDINATION") {
        coordinationPages.push(`/meetings/${meeting.id}`, `/letters/${letter.id}`, `/statements/${statement.id}`, `/demands/${demand.id}`);
      }
      hiddenEntryPaths.push(
        `/timeline/${entryKey("meeting", meeting.id)}`,
        `/en/timeline/${entryKey("meeting", futureMeeting.id)}`,
        `/timeline/${entryKey("letter", letter.id)}`,
        `/en/timeline/${entryKey("statement", statement.id)}`,
        `/timeline/${entryKey("milestone", demand.statusChanges[0].id)}`,
      );
    }
    // A cancelled public meeting is no longer announced.
    const cancelled = await db.meeting.create({
      data: { id: newId(), titleFr: members("CANCELLED-MEETING"), startsAt: new Date(Date.now() + 3 * 86_400_000), kind: "PLENARY", status: "CANCELLED", visibility: "PUBLIC" },
    });
    hiddenEntryPaths.push(`/timeline/${entryKey("meeting", cancelled.id)}`);

    await refreshPublicCache(browser, baseURL!);
  });

  test("an anonymous visitor finds no marker in any public page, feed, file or React payload", async ({ request, baseURL }) => {
    const starts = [
      "/",
      "/en",
      "/timeline",
      "/en/timeline",
      "/timeline?year=2030",
      "/en/timeline?year=2030",
      "/feeds/timeline-fr.xml",
      "/feeds/timeline-en.xml",
      "/feeds/meetings.ics",
      "/sitemap.xml",
      "/robots.txt",
      ...hiddenEntryPaths,
    ];
    // The members' area answers an anonymous visitor with the sign-in page; its links are not public.
    const pages = await crawl(request, baseURL!, starts, { limit: 400, skip: (path) => path.startsWith("/api/") });
    expect(pages.length).toBeGreaterThan(15);

    for (const path of hiddenEntryPaths) {
      expect(pages.find((page) => page.url === path)?.status, path).toBe(404);
    }
    const found = pages.map((page) => page.body + page.rsc).join("\n");
    for (const text of publicMarkers) expect(found, `the crawl should reach ${text}`).toContain(text);
    // The React payloads were read too (a client navigation's "text/x-component" answer), not empty.
    const payloads = pages.filter((page) => page.status === 200 && /^\d+:/m.test(page.rsc));
    expect(payloads.length).toBeGreaterThan(10);
    expect(payloads.map((page) => page.rsc).join("\n")).toContain(publicMarkers.find((text) => text.startsWith("PUBLIC-MEETING-TITLE"))!);

    expect(occurrences(pages, [...membersMarkers, ...coordinationMarkers])).toEqual([]);
  });

  test("an observer finds no coordination marker in the workspace pages she can reach", async ({ page, baseURL, asObserver }) => {
    void asObserver;
    const starts = ["/dashboard", "/publishing", ...neighbourPages.map((p) => p.path), ...coordinationPages, ...hiddenEntryPaths];
    const pages = await crawl(page.request, baseURL!, starts, {
      limit: 150,
      // Signing out would end the crawl's session.
      skip: (path) => path.startsWith("/api/auth/signout"),
    });
    expect(pages.find((p) => p.url === "/dashboard")?.status).toBe(200);
    expect(pages.find((p) => p.url === "/publishing")?.status).toBe(404);
    // She reached the pages that hold the hidden fields, and read what surrounds them there.
    for (const { path, shows } of neighbourPages) {
      const fetched = pages.find((p) => p.url === path);
      expect(fetched?.status, path).toBe(200);
      for (const text of shows) expect(fetched!.body, `${path} shows ${text}`).toContain(text);
    }
    for (const path of coordinationPages) expect(pages.find((p) => p.url === path)?.status, path).toBe(404);
    // And followed their links beyond them.
    expect(pages.filter((p) => p.status === 200).length).toBeGreaterThan(50);
    expect(occurrences(pages, coordinationMarkers)).toEqual([]);

    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: "Publication" })).toHaveCount(0);
  });

  test("an observer and a member search for every coordination marker: no hit, and no marker but the words they typed", async ({ browser, baseURL }) => {
    const searchAs = async (email: string) => {
      const context = await browser.newContext();
      await signInAs(context, email, baseURL!);
      return { context, search: (text: string) => context.request.get(`/search?q=${encodeURIComponent(text)}`) };
    };
    const coordinator = await searchAs(DEMO.coordinator);
    try {
      // The markers are words the search finds: the coordinator's search reaches the hidden fields.
      for (const text of [marker("CONFIDENTIAL-NOTES"), marker("PERSON-NOTES"), marker("COORDINATION-STATEMENT-TEXT")]) {
        expect(await (await coordinator.search(text)).text(), text).toContain('data-testid="search-hit"');
      }
    } finally {
      await coordinator.context.close();
    }
    for (const email of [DEMO.observer, DEMO.member]) {
      const reader = await searchAs(email);
      try {
        expect(await (await reader.search(marker("MEMBERS-MEETING"))).text(), `${email} finds what members read`).toContain('data-testid="search-hit"');
        for (const text of coordinationMarkers) {
          const response = await reader.search(text);
          expect(response.status()).toBe(200);
          const html = await response.text();
          const payload = await (await reader.context.request.get(`/search?q=${encodeURIComponent(text)}`, { headers: { RSC: "1" } })).text();
          expect(html, `${email} searching ${text}`).toContain("Aucun résultat pour");
          expect(html, `${email} searching ${text}`).not.toContain('data-testid="search-hit"');
          // The page repeats the words searched for (in the box, the status); nothing else of the coordination's.
          for (const body of [html, payload]) {
            const shown = body.split(text).join("");
            expect(coordinationMarkers.filter((other) => shown.includes(other)), `${email} searching ${text}`).toEqual([]);
          }
        }
      } finally {
        await reader.context.close();
      }
    }
  });
});
