import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffWording } from '../../src/diff/index.js';
import { labelRuns, verdictOf, type LabelledRun, type RunLabel } from '../../src/diff/labels.js';
import type { DiffRun } from '../../src/types.js';

/** `equal[-removed-]<label>{+added+}<label>` notation of labelled runs. */
function notation(runs: LabelledRun[]): string {
  return runs
    .map((run) => (run.op === 'equal' ? run.text : run.op === 'removed' ? `[-${run.text}-]<${run.label}>` : `{+${run.text}+}<${run.label}>`))
    .join('');
}

function label(reference: string, member: string): { runs: LabelledRun[]; text: string; labels: RunLabel[] } {
  const runs = labelRuns(diffWording(reference, member));
  const labels = [...new Set(runs.flatMap((run) => (run.label ? [run.label] : [])))];
  return { runs, text: notation(runs), labels };
}

// Seed corpus: TASS and Sputnik on Maria Zakharova's statement of 18 February 2022.
const TASS_SITUATION =
  '"The military and political situation in Europe continues to deteriorate. Russia’s proposals on security guarantees are aimed at rectifying this situation, but we have not received a clear response to them from the alliance yet," she said.';
const SPUTNIK_SITUATION =
  '"The military-political situation in Europe continues to degrade. Russian proposals on security guarantees are aimed at correcting this situation, to which we have not received a clear answer from the alliance," Russian Foreign Ministry spokesperson Maria Zakharova said in a Friday statement.';
const TASS_NEGOTIATIONS =
  '"We expect that negotiations on them will continue. We will insist that NATO stop its provocative policy of enlargement, refuse to deploy strike weapons, which threaten us, near our borders, and return the configuration of the alliance’s forces to the positions of 1997," Zakharova added.';
const SPUTNIK_NEGOTIATIONS =
  '"We hope that negotiations on them will continue. We will insist on NATO stopping its provocative expansion policy, refusing to deploy strike weapons that threaten us near our borders, and returning the configuration of the alliance\'s forces to the positions of 1997," she added.';

describe('labelRuns on the seed corpus', () => {
  it('labels the Zakharova "situation" quote run by run', () => {
    const { runs, text } = label(TASS_SITUATION, SPUTNIK_SITUATION);
    expect(text).toBe(
      '"The military[- and -]<compounding>{+-+}<compounding>political situation in Europe continues to ' +
        // deteriorate/degrade are not WordNet synonyms: the committed translation-pair list makes them one.
        '[-deteriorate-]<synonym>{+degrade+}<synonym>. ' +
        '[-Russia’s-]<inflection>{+Russian+}<inflection> proposals on security guarantees are aimed at ' +
        // "but" / "to which": function words exchanged for function words, a translation variant.
        '[-rectifying-]<synonym>{+correcting+}<synonym> this situation, [-but-]<synonym>{+to which+}<synonym> ' +
        // response/answer pair as synonyms; "to them" is dropped, as is "yet".
        'we have not received a clear [-response-]<synonym>{+answer+}<synonym>[- to them-]<content> from the alliance[- yet-]<content>," ' +
        '[-she-]<attribution>{+Russian Foreign Ministry spokesperson Maria Zakharova+}<attribution> said ' +
        '{+in a Friday statement+}<attribution>.',
    );
    expect(verdictOf(runs)).toBe('substantive');
  });

  it('labels the "negotiations" quote: inflections, a moved synonym, a changed speaker', () => {
    const { runs, text } = label(TASS_NEGOTIATIONS, SPUTNIK_NEGOTIATIONS);
    expect(text).toContain('[-stop-]<inflection>{+stopping+}<inflection>');
    expect(text).toContain('its provocative {+expansion +}<reordering>policy[- of enlargement-]<reordering>,');
    expect(text).toContain('us[-,-]<cosmetic> near');
    expect(text).toContain('[-Zakharova-]<attribution>{+she+}<attribution> added.');
    // expect/hope is not treated as a translation variant.
    expect(text).toContain('[-expect-]<content>{+hope+}<content>');
    expect(verdictOf(runs)).toBe('substantive');
  });

  it('calls "escalation for the sake of de-escalation" vs "… of escalation" substantive', () => {
    const heading = label('Escalation for the sake of de-escalation', 'escalation for the sake of escalation');
    expect(heading.text).toBe('escalation for the sake of [-de--]<content>escalation');
    expect(verdictOf(heading.runs)).toBe('substantive');

    const quote = label(
      '"Once again, NATO is resorting to the tactic of ‘escalation for the sake of de-escalation’. Historical experience shows that once tensions are defused, the alliance never downsizes its military presence," she stressed.',
      'The Russian Foreign Ministry accused NATO on Friday of "escalation for the sake of escalation" in the ongoing crisis in Eastern Europe.',
    );
    const changed = quote.runs.filter((run) => run.op !== 'equal' && /escalation|de-/.test(run.text));
    expect(changed.length).toBeGreaterThan(0);
    for (const run of changed) expect(['cosmetic', 'spelling', 'inflection']).not.toContain(run.label);
    expect(verdictOf(quote.runs)).toBe('substantive');
  });
});

describe('labelRuns on hand-written pairs', () => {
  const cases: Array<[string, string, string, RunLabel[], ReturnType<typeof verdictOf>]> = [
    ['number', 'Russia exported 45 million tonnes of grain.', 'Russia exported 48 million tonnes of grain.', ['number'], 'substantive'],
    [
      'dropped date',
      'The diplomat recalled that on February 16-17 a meeting took place in Brussels.',
      'The diplomat recalled that a meeting took place in Brussels.',
      ['number'],
      'substantive',
    ],
    ['name', 'The talks will be held in Geneva next week.', 'The talks will be held in Vienna next week.', ['name'], 'substantive'],
    ['entity to common noun', 'On the part of NATO, initiatives were ignored.', 'On the part of the alliance, initiatives were ignored.', ['name'], 'substantive'],
    ['transliteration', 'The war between them and Kiev has killed at least 14,000 people.', 'The war between them and Kyiv has killed at least 14,000 people.', ['spelling'], 'cosmetic'],
    ['transliteration by one letter', 'the rights of the people of Donbas', 'the rights of the people of Donbass', ['spelling'], 'cosmetic'],
    ['UK/US spelling', 'a meeting of defence ministers to organise drills', 'a meeting of defense ministers to organize drills', ['spelling'], 'cosmetic'],
    ['inflection', 'The situation continues to deteriorate.', 'The situation continued to deteriorate.', ['inflection'], 'cosmetic'],
    ['number spelled out', 'Five soldiers were wounded.', '5 soldiers were wounded.', ['cosmetic'], 'cosmetic'],
    ['number spelled out, and changed', 'Six soldiers were wounded.', '5 soldiers were wounded.', ['number'], 'substantive'],
    ['number spelled out elsewhere too', 'Five people were killed and three were hurt.', 'Five people were killed and 5 were hurt.', ['number'], 'substantive'],
    ['scale of a number changed', 'Five hundred people were killed.', '5 people were killed.', ['number'], 'substantive'],
    ['number spelled with a hyphen', 'Twenty-five people were killed.', '5 people were killed.', ['number'], 'substantive'],
    ['number spelled in two words', 'Twenty-three rivers burst their banks.', '23 rivers burst their banks.', ['cosmetic'], 'cosmetic'],
    ['number spelled in two words, and changed', 'Twenty-three rivers burst their banks.', '24 rivers burst their banks.', ['number'], 'substantive'],
    ['number word opening a compound', 'The council approved the five-year plan.', 'The council approved the 5-year plan.', ['cosmetic'], 'cosmetic'],
    ['number in two words opening a compound', 'A twenty-three-year-old man was arrested.', 'A 23-year-old man was arrested.', ['cosmetic'], 'cosmetic'],
    ['number opening a compound, and changed', 'The council approved the five-year plan.', 'The council approved the 6-year plan.', ['number'], 'substantive'],
    ['number words opening compounds, changed', 'The council approved the five-year plan.', 'The council approved the ten-year plan.', ['number'], 'substantive'],
    ['"one" where the other prints 1', 'The council approved the plan by one vote.', 'The council approved the plan by 1 vote.', ['cosmetic'], 'cosmetic'],
    ['"One" opening the sentence where the other prints 1', 'One soldier was wounded in the attack.', '1 soldier was wounded in the attack.', ['cosmetic'], 'cosmetic'],
    ['"one" opening a compound where the other prints 1', 'A one-year extension was agreed.', 'A 1-year extension was agreed.', ['cosmetic'], 'cosmetic'],
    ['"one" where the other prints 2', 'The council approved the plan by one vote.', 'The council approved the plan by 2 votes.', ['number'], 'substantive'],
    ['"no one" is no number', 'No one was hurt in the fire.', 'Nobody was hurt in the fire.', ['content'], 'substantive'],
    ['"no one" against a figure 1 is no 1', 'No one won a seat.', 'Nobody took 1 seat.', ['number'], 'substantive'],
    ['"one" dropped is no number', 'Only one soldier was hurt.', 'Only a soldier was hurt.', ['content'], 'substantive'],
    ['percent sign and word', 'Inflation rose 3.2% in March.', 'Inflation rose 3.2 percent in March.', ['cosmetic'], 'cosmetic'],
    ['percent sign and two words', 'The bank kept its rate at 5.25%.', 'The bank kept its rate at 5.25 per cent.', ['cosmetic'], 'cosmetic'],
    ['percent sign, figure changed', 'Inflation rose 3.2% in March.', 'Inflation rose 3.4 percent in March.', ['number'], 'substantive'],
    ['contraction', 'The minister will not attend the summit.', 'The minister won’t attend the summit.', ['cosmetic'], 'cosmetic'],
    ['contraction of not', 'The offer does not cover inflation.', "The offer doesn't cover inflation.", ['cosmetic'], 'cosmetic'],
    ['contraction with another verb', 'The offer does not cover inflation.', "The offer won't cover inflation.", ['content'], 'substantive'],
    ['number with its scale spelled out', 'Exports reached five million tonnes.', 'Exports reached 5 million tonnes.', ['cosmetic'], 'cosmetic'],
    ['irregular inflection', 'The ministry buys new armour.', 'The ministry bought new armour.', ['inflection'], 'cosmetic'],
    ['synonym through an irregular form', 'The ministry bought new armour.', 'The ministry purchased new armour.', ['synonym'], 'rewording'],
    // "continues to" dropped stays content beside the inflection it leaves.
    ['words merged into one', 'The situation continues to deteriorate.', 'The situation deteriorated.', ['content', 'inflection'], 'substantive'],
    ['compounding with and', 'The military and political situation', 'The military-political situation', ['compounding'], 'cosmetic'],
    ['hyphen dropped', 'a de-escalation plan', 'a de escalation plan', ['compounding'], 'cosmetic'],
    ['compounding with a space', 'The military political situation', 'The military-political situation', ['compounding'], 'cosmetic'],
    ['synonym', 'we have not received a clear response from the alliance', 'we have not received a clear answer from the alliance', ['synonym'], 'rewording'],
    ['synonym (enlargement)', 'its policy of enlargement', 'its policy of expansion', ['synonym'], 'rewording'],
    ['punctuation', 'Weapons, which threaten us, near our borders.', 'Weapons which threaten us near our borders.', ['cosmetic'], 'cosmetic'],
    [
      'moved clause',
      'Despite the warnings, the alliance continued its drills.',
      'The alliance continued its drills despite the warnings.',
      ['reordering'],
      'rewording',
    ],
    ['moved name', 'In Brussels, the ministers met.', 'The ministers met in Brussels.', ['reordering'], 'rewording'],
    ['reporting verb', '"We will insist on it," she said.', '"We will insist on it," she claimed.', ['attribution'], 'substantive'],
    ['negation dropped', 'we have not received a clear answer', 'we have received a clear answer', ['content'], 'substantive'],
  ];

  it.each(cases)('%s', (_name, reference, member, labels, verdict) => {
    const result = label(reference, member);
    expect(result.labels.sort(), result.text).toEqual([...labels].sort());
    expect(verdictOf(result.runs), result.text).toBe(verdict);
  });

  it('leaves equal runs unlabelled and the input untouched', () => {
    const runs = diffWording('Russia exported 45 million tonnes.', 'Russia exported 48 million tonnes.');
    const copy = structuredClone(runs);
    const labelled = labelRuns(runs);
    expect(runs).toEqual(copy);
    expect(labelled.filter((run) => run.op === 'equal').every((run) => run.label === undefined)).toBe(true);
    expect(labelled.filter((run) => run.op !== 'equal').every((run) => run.label === 'number')).toBe(true);
  });

  it('gives identical and typography-only pairs no labels and the verdict identical', () => {
    expect(verdictOf(labelRuns(diffWording('Russia hopes for talks.', 'Russia hopes for talks.')))).toBe('identical');
    expect(verdictOf(labelRuns(diffWording('Russia’s “proposals” – in\u00a0full', 'russia\'s "Proposals" -  in full')))).toBe('identical');
    expect(verdictOf(labelRuns(diffWording('Russia’s “proposals”', '"russia\'s" proposals')))).toBe('cosmetic');
    expect(verdictOf(labelRuns([]))).toBe('identical');
  });
});

describe('labelRuns on changes that keep the meaning', () => {
  // Each of these was once labelled number, name, attribution or content, making a harmless change substantive.
  const cases: Array<[string, string, string, string, ReturnType<typeof verdictOf>]> = [
    [
      'the modal "may" is no month',
      'The minister said the talks may resume next week in Geneva.',
      'The minister said the talks can resume next week in Geneva.',
      'The minister said the talks [-may-]<synonym>{+can+}<synonym> resume next week in Geneva.',
      'rewording',
    ],
    [
      'a month abbreviated and in full, beside a reporting clause',
      'The law comes into force on Dec. 1, officials in Moscow said on Friday.',
      'The law comes into force on December 1, officials in Moscow said on Friday.',
      'The law comes into force on [-Dec.-]<spelling>{+December+}<spelling> 1, officials in Moscow said on Friday.',
      'cosmetic',
    ],
    [
      'one figure with and without a zero decimal',
      'Prices rose 10% in May, officials said.',
      'Prices rose 10.0% in May, officials said.',
      'Prices rose [-10-]<cosmetic>{+10.0+}<cosmetic>% in May, officials said.',
      'cosmetic',
    ],
    [
      'a trailing zero dropped inside the number',
      'Inflation was 2.50% in May, officials said.',
      'Inflation was 2.5% in May, officials said.',
      'Inflation was [-2.50-]<cosmetic>{+2.5+}<cosmetic>% in May, officials said.',
      'cosmetic',
    ],
    [
      'a thousands separator dropped',
      'The fund holds 14,000 tonnes of grain.',
      'The fund holds 14000 tonnes of grain.',
      'The fund holds [-14,000-]<cosmetic>{+14000+}<cosmetic> tonnes of grain.',
      'cosmetic',
    ],
    [
      'a month abbreviated against its full name, closing a sentence',
      'The talks began on October 1.',
      'The talks began on Oct. 1.',
      'The talks began on [-October-]<spelling>{+Oct.+}<spelling> 1.',
      'cosmetic',
    ],
    [
      'a month abbreviated and in full',
      'The law takes effect on Sept. 1.',
      'The law takes effect on September 1.',
      'The law takes effect on [-Sept.-]<spelling>{+September+}<spelling> 1.',
      'cosmetic',
    ],
    [
      'diacritics dropped',
      'The guests at the café drank saké until late.',
      'The guests at the cafe drank sake until late.',
      'The guests at the [-café-]<spelling>{+cafe+}<spelling> drank [-saké-]<spelling>{+sake+}<spelling> until late.',
      'cosmetic',
    ],
    [
      'diacritics dropped from a name',
      'The mayor later thanked Zoë Müller for organising the evening.',
      'The mayor later thanked Zoe Muller for organising the evening.',
      'The mayor later thanked [-Zoë Müller-]<spelling>{+Zoe Muller+}<spelling> for organising the evening.',
      'cosmetic',
    ],
    [
      'an umlaut spelled out',
      'The mayor later thanked Zoë Müller for organising the evening.',
      'The mayor later thanked Zoë Mueller for organising the evening.',
      'The mayor later thanked Zoë [-Müller-]<spelling>{+Mueller+}<spelling> for organising the evening.',
      'cosmetic',
    ],
    [
      'the speaker\'s name without diacritics in the reporting clause',
      'The café owner Zoë Müller, who hosted the dinner, said the guests ate sushi.',
      'The cafe owner Zoe Muller, who hosted the dinner, said the guests ate sushi.',
      'The [-café-]<spelling>{+cafe+}<spelling> owner [-Zoë Müller-]<spelling>{+Zoe Muller+}<spelling>, who hosted the dinner, said the guests ate sushi.',
      'cosmetic',
    ],
    [
      'a bullet become a number',
      '- Foreign agents lose the right to teach in state schools',
      '1. Foreign agents lose the right to teach in state schools',
      '[---]<cosmetic>{+1.+}<cosmetic> Foreign agents lose the right to teach in state schools',
      'cosmetic',
    ],
    [
      'a bullet become a lettered item',
      '• Their publications must carry a warning label',
      '(b) Their publications must carry a warning label',
      '[-•-]<cosmetic>{+(b)+}<cosmetic> Their publications must carry a warning label',
      'cosmetic',
    ],
    [
      'a verb changed before a closing reporting clause',
      'The word appeared reversed in the page title, the statement said.',
      'The word was shown reversed in the page title, the statement said.',
      'The word [-appeared-]<content>{+was shown+}<content> reversed in the page title, the statement said.',
      'substantive',
    ],
  ];

  it.each(cases)('%s', (_name, reference, member, expected, verdict) => {
    const result = label(reference, member);
    expect(result.text).toBe(expected);
    expect(verdictOf(result.runs), result.text).toBe(verdict);
  });

  it('still calls a changed month, a changed list figure and a changed person substantive', () => {
    // The abbreviation's stop stays with "Jan.": the date is one change, not two around the final stop.
    expect(label('The ceasefire took effect on Jan. 5.', 'The ceasefire took effect last week.').text).toBe(
      'The ceasefire took effect [-on Jan. 5-]<number>{+last week+}<number>.',
    );
    expect(label('The talks resume in May.', 'The talks resume in June.').labels).toEqual(['number']);
    expect(label('The parade is held on 9 May.', 'The parade is held on 9 March.').labels).toEqual(['number']);
    expect(label('1. The fine is 4.5 million roubles', '1. The fine is 5 million roubles').labels).toEqual(['number']);
    expect(label('Prices rose 10% in May.', 'Prices rose 10.5% in May.').labels).toEqual(['number']);
    expect(label('Inflation was 2.50% in May.', 'Inflation was 2.75% in May.').labels).toEqual(['number']);
    expect(label('The fund holds 1.000 tonnes.', 'The fund holds 1 tonnes.').labels).toEqual(['number']);
    expect(label('The mayor thanked Zoë Müller.', 'The mayor thanked Anna Müller.').labels).toEqual(['name']);
    expect(label('The prime minister, Theresa May, arrived.', 'The prime minister, Boris Johnson, arrived.').labels).toEqual(['name']);
  });

  it('still labels a changed speaker or reporting verb attribution', () => {
    expect(label('The talks were frank, Lavrov said on Friday.', 'The talks were frank, Shoigu said on Friday.').labels).toEqual(['attribution']);
    expect(label('The talks were frank, the statement said.', 'The talks were frank, according to the statement.').labels).toEqual(['attribution']);
    expect(label('The talks were frank, Lavrov told reporters.', 'The talks were frank, Lavrov told journalists.').labels).toEqual(['attribution']);
    expect(label('The owner Zoë Müller said the guests ate sushi.', 'The owner Anna Müller said the guests ate sushi.').labels).toEqual(['attribution']);
  });
});

describe('labelRuns on a date, an ordinal or a title written two ways', () => {
  // Each of these was once labelled number, name or content, making a change of style substantive.
  const cases: Array<[string, string, string, string, ReturnType<typeof verdictOf>]> = [
    [
      'a date with its month abbreviated, in the other order, beside a reporting clause',
      'The ceasefire expires on Dec. 31, the ministry said on Friday.',
      'The ceasefire expires on 31 December, the ministry said on Friday.',
      'The ceasefire expires on [-Dec. -]<spelling>31 {+December+}<spelling>, the ministry said on Friday.',
      'cosmetic',
    ],
    [
      'a date with its month abbreviated against one with an ordinal ending',
      'The new tariffs take effect on Dec. 31.',
      'The new tariffs take effect on December 31st.',
      'The new tariffs take effect on [-Dec. 31-]<spelling>{+December 31st+}<spelling>.',
      'cosmetic',
    ],
    [
      'a date in the other order',
      'The new tariffs take effect on December 31.',
      'The new tariffs take effect on 31 December.',
      'The new tariffs take effect on [-December -]<cosmetic>31 {+December+}<cosmetic>.',
      'cosmetic',
    ],
    [
      'a date abbreviated, closing the sentence',
      'Parliament will vote on the budget on 31 Dec.',
      'Parliament will vote on the budget on December 31.',
      'Parliament will vote on the budget on {+December +}<spelling>31[- Dec-]<spelling>.',
      'cosmetic',
    ],
    [
      'a date as "the 31st of", with a year',
      'The embassy reopens on December 31, 2024.',
      'The embassy reopens on the 31st of December 2024.',
      'The embassy reopens on {+the 31st of +}<cosmetic>December [-31, -]<cosmetic>2024.',
      'cosmetic',
    ],
    [
      'a date with "May" in the other order',
      'The Victory Day parade is held on 9 May.',
      'The Victory Day parade is held on May 9.',
      'The Victory Day parade is held on [-9 -]<cosmetic>May {+9+}<cosmetic>.',
      'cosmetic',
    ],
    [
      'a date moved and written another way',
      'On Dec. 31, the talks ended without a deal.',
      'The talks ended without a deal on 31 December.',
      '[-On Dec. 31, -]<reordering>The talks ended without a deal {+on 31 December+}<reordering>.',
      'rewording',
    ],
    [
      'an ordinal in figures',
      'Russia won the first round of voting.',
      'Russia won the 1st round of voting.',
      'Russia won the [-first-]<cosmetic>{+1st+}<cosmetic> round of voting.',
      'cosmetic',
    ],
    [
      'an ordinal in two words',
      'The twenty-first round of talks opened in Geneva.',
      'The 21st round of talks opened in Geneva.',
      'The [-twenty-first-]<cosmetic>{+21st+}<cosmetic> round of talks opened in Geneva.',
      'cosmetic',
    ],
    [
      '"third" as "3rd"',
      'The company reported its third loss in a row.',
      'The company reported its 3rd loss in a row.',
      'The company reported its [-third-]<cosmetic>{+3rd+}<cosmetic> loss in a row.',
      'cosmetic',
    ],
    [
      '"second" as "2nd"',
      'The regiment finished second in the contest.',
      'The regiment finished 2nd in the contest.',
      'The regiment finished [-second-]<cosmetic>{+2nd+}<cosmetic> in the contest.',
      'cosmetic',
    ],
    [
      '"the first time" as "the 1st time"',
      'It was the first time the two leaders met.',
      'It was the 1st time the two leaders met.',
      'It was the [-first-]<cosmetic>{+1st+}<cosmetic> time the two leaders met.',
      'cosmetic',
    ],
    [
      'an ordinal beside a changed name',
      'The first round was held in Paris.',
      'The 1st round was held in London.',
      'The [-first-]<cosmetic>{+1st+}<cosmetic> round was held in [-Paris-]<name>{+London+}<name>.',
      'substantive',
    ],
    [
      'a governor\'s title abbreviated',
      'Gov. Gavin Newsom signed the bill on Tuesday.',
      'Governor Gavin Newsom signed the bill on Tuesday.',
      '[-Gov.-]<spelling>{+Governor+}<spelling> Gavin Newsom signed the bill on Tuesday.',
      'cosmetic',
    ],
    [
      'a senator\'s title abbreviated, inside the sentence',
      'The bill was backed by Sen. Elizabeth Warren.',
      'The bill was backed by Senator Elizabeth Warren.',
      'The bill was backed by [-Sen.-]<spelling>{+Senator+}<spelling> Elizabeth Warren.',
      'cosmetic',
    ],
    [
      'two ranks abbreviated',
      'Lt. Col. Andriy Kovalenko commands the brigade.',
      'Lieutenant Colonel Andriy Kovalenko commands the brigade.',
      '[-Lt. Col.-]<spelling>{+Lieutenant Colonel+}<spelling> Andriy Kovalenko commands the brigade.',
      'cosmetic',
    ],
    [
      'a general\'s rank abbreviated',
      'The order was signed by Gen. Valery Gerasimov.',
      'The order was signed by General Valery Gerasimov.',
      'The order was signed by [-Gen.-]<spelling>{+General+}<spelling> Valery Gerasimov.',
      'cosmetic',
    ],
    [
      '"Rep." as "Representative"',
      'Rep. Nancy Pelosi spoke first.',
      'Representative Nancy Pelosi spoke first.',
      '[-Rep.-]<spelling>{+Representative+}<spelling> Nancy Pelosi spoke first.',
      'cosmetic',
    ],
    [
      '"Sgt." as "Sergeant"',
      'Sgt. Tom Reed was wounded.',
      'Sergeant Tom Reed was wounded.',
      '[-Sgt.-]<spelling>{+Sergeant+}<spelling> Tom Reed was wounded.',
      'cosmetic',
    ],
    [
      '"Dr." as "Doctor"',
      'Dr. Maria Lopez treated the wounded.',
      'Doctor Maria Lopez treated the wounded.',
      '[-Dr.-]<spelling>{+Doctor+}<spelling> Maria Lopez treated the wounded.',
      'cosmetic',
    ],
    [
      '"Prof." as "Professor"',
      'The report was written by Prof. Anna Weber.',
      'The report was written by Professor Anna Weber.',
      'The report was written by [-Prof.-]<spelling>{+Professor+}<spelling> Anna Weber.',
      'cosmetic',
    ],
    [
      '"St." as "Street"',
      'The fire started in a shop on Main St. near the station.',
      'The fire started in a shop on Main Street near the station.',
      'The fire started in a shop on Main [-St.-]<spelling>{+Street+}<spelling> near the station.',
      'cosmetic',
    ],
    [
      '"St." as "Saint"',
      'The ship sailed to St. Petersburg overnight.',
      'The ship sailed to Saint Petersburg overnight.',
      'The ship sailed to [-St.-]<spelling>{+Saint+}<spelling> Petersburg overnight.',
      'cosmetic',
    ],
    [
      '"Ave." as "Avenue"',
      'Protesters gathered on Fifth Ave. near the tower.',
      'Protesters gathered on Fifth Avenue near the tower.',
      'Protesters gathered on Fifth [-Ave.-]<spelling>{+Avenue+}<spelling> near the tower.',
      'cosmetic',
    ],
    [
      '"Corp." as "Corporation"',
      'Shares of Acme Corp. fell 5% on Monday.',
      'Shares of Acme Corporation fell 5% on Monday.',
      'Shares of Acme [-Corp.-]<spelling>{+Corporation+}<spelling> fell 5% on Monday.',
      'cosmetic',
    ],
    [
      '"Co." as "Company"',
      'Ford Motor Co. recalled the cars.',
      'Ford Motor Company recalled the cars.',
      'Ford Motor [-Co.-]<spelling>{+Company+}<spelling> recalled the cars.',
      'cosmetic',
    ],
    [
      '"Inc." and "Ltd." in full',
      'Apple Inc. and Barclays Ltd. signed the deal.',
      'Apple Incorporated and Barclays Limited signed the deal.',
      'Apple [-Inc.-]<spelling>{+Incorporated+}<spelling> and Barclays [-Ltd.-]<spelling>{+Limited+}<spelling> signed the deal.',
      'cosmetic',
    ],
    [
      '"Dept." as "Department"',
      'The State Dept. declined to comment.',
      'The State Department declined to comment.',
      'The State [-Dept.-]<spelling>{+Department+}<spelling> declined to comment.',
      'cosmetic',
    ],
    [
      '"Govt." as "Government"',
      'The Govt. rejected the plan on Monday.',
      'The Government rejected the plan on Monday.',
      'The [-Govt.-]<spelling>{+Government+}<spelling> rejected the plan on Monday.',
      'cosmetic',
    ],
    [
      '"Mt." as "Mount"',
      'Climbers reached the summit of Mt. Everest.',
      'Climbers reached the summit of Mount Everest.',
      'Climbers reached the summit of [-Mt.-]<spelling>{+Mount+}<spelling> Everest.',
      'cosmetic',
    ],
  ];

  it.each(cases)('%s', (_name, reference, member, expected, verdict) => {
    const result = label(reference, member);
    expect(result.text).toBe(expected);
    expect(verdictOf(result.runs), result.text).toBe(verdict);
  });

  it('still calls a changed day or month a number change', () => {
    const cases: Array<[string, string, string]> = [
      ['The ceasefire expires on Dec. 31.', 'The ceasefire expires on 30 December.', 'The ceasefire expires on [-Dec. 31-]<number>{+30 December+}<number>.'],
      ['The ceasefire expires on Dec. 31.', 'The ceasefire expires on 31 January.', 'The ceasefire expires on [-Dec. -]<number>31 {+January+}<number>.'],
      ['The ceasefire expires on December 31.', 'The ceasefire expires on January 31.', 'The ceasefire expires on [-December-]<number>{+January+}<number> 31.'],
      ['On Dec. 31, the talks ended.', 'The talks ended on 30 December.', '[-On Dec. 31, -]<number>The talks ended {+on 30 December+}<number>.'],
    ];
    for (const [reference, member, expected] of cases) {
      const result = label(reference, member);
      expect(result.text).toBe(expected);
      expect(verdictOf(result.runs), result.text).toBe('substantive');
    }
    // The same date twice, one rewritten and one changed: only the changed one is a number change.
    expect(label('The talks ended on Dec. 31 and resume on Jan. 5.', 'The talks ended on 31 December and resume on 6 January.').text).toBe(
      'The talks ended on [-Dec. -]<spelling>31 {+December +}<spelling>and resume on [-Jan. 5-]<number>{+6 January+}<number>.',
    );
  });

  it('still calls a changed ordinal a number change, and "first" against no ordinal figure no number written two ways', () => {
    expect(label('The regiment finished second in the contest.', 'The regiment finished 3rd in the contest.').labels).toEqual(['number']);
    expect(label('The twenty-first round of talks opened.', 'The 22nd round of talks opened.').labels).toEqual(['number']);
    // "at first" is no rank: no figure to meet, so the change is a word's, not a number's.
    const atFirst = label('At first, officials denied the report.', 'Initially, officials denied the report.');
    expect(atFirst.text).toBe('[-At -]<content>[-first-]<synonym>{+Initially+}<synonym>, officials denied the report.');
    // An ordinal word meets only an ordinal figure, not a plain 1.
    expect(label('The regiment finished first in the contest.', 'The regiment finished 1 in the contest.').labels).toEqual(['number']);
  });

  it('still calls one title against another, or against an unrelated word, substantive', () => {
    const governor = label('Gov. Smith signed the bill on Tuesday.', 'Senator Smith signed the bill on Tuesday.');
    expect(governor.text).toBe('[-Gov.-]<content>{+Senator+}<content> Smith signed the bill on Tuesday.');
    expect(verdictOf(governor.runs)).toBe('substantive');
    expect(verdictOf(label('The order was signed by Gen. Valery Gerasimov.', 'The order was signed by Colonel Valery Gerasimov.').runs)).toBe('substantive');
    expect(verdictOf(label('The bill was backed by Sen. Elizabeth Warren.', 'The bill was backed by Rep. Elizabeth Warren.').runs)).toBe('substantive');
    expect(verdictOf(label('The Gov. rejected the plan.', 'The Government rejected the plan.').runs)).toBe('substantive');
  });
});

describe('labelRuns on two translations of one statement', () => {
  // Vietnam's foreign ministry statement of 14 May in two English translations (VNA, VnExpress), a
  // Brazilian one (Agência Brasil, MercoPress), and other pairs of outlets: each was once labelled
  // content, name or attribution as a whole, making a translation variant substantive.
  const cases: Array<[string, string, string, string, ReturnType<typeof verdictOf>]> = [
    [
      'a synonym in a block with function words exchanged',
      'The situation in the area continues to deteriorate as the Chinese ships have repeatedly approached oil and gas platforms.',
      'The situation in the area continues to degrade, with the Chinese ships have repeatedly approached oil and gas platforms.',
      'The situation in the area continues to [-deteriorate-]<synonym>{+degrade+}<synonym>[- as-]<synonym>{+, with+}<synonym> the Chinese ships have repeatedly approached oil and gas platforms.',
      'rewording',
    ],
    [
      'an inflection and a preposition exchanged beside a real change',
      'Vietnam has repeatedly lodged protests through diplomatic channels.',
      'Vietnam has many times protested via diplomatic channels.',
      'Vietnam has [-repeatedly lodged -]<content>{+many times +}<content>[-protests-]<inflection>{+protested+}<inflection>[- through-]<synonym>{+ via+}<synonym> diplomatic channels.',
      'substantive',
    ],
    [
      'a closed compound against the words written apart',
      'The decree allows the hiring of 300 additional firefighters.',
      'The decree allows the hiring of 300 extra fire fighters.',
      'The decree allows the hiring of 300 [-additional -]<synonym>{+extra +}<synonym>[-firefighters-]<compounding>{+fire fighters+}<compounding>.',
      'rewording',
    ],
    [
      '"as" for "with"',
      'The talks failed as the sides disagreed.',
      'The talks failed, with the sides disagreed.',
      'The talks failed[- as-]<synonym>{+, with+}<synonym> the sides disagreed.',
      'rewording',
    ],
    [
      '"which" for "that"',
      'The weapons, which threaten us, were moved.',
      'The weapons that threaten us were moved.',
      'The weapons[-, which-]<synonym>{+ that+}<synonym> threaten us[-,-]<cosmetic> were moved.',
      'rewording',
    ],
    [
      '"will" for "would" in reported speech',
      'Hang said Vietnam will continue to work with ASEAN.',
      'Hang said Vietnam would continue to work with ASEAN.',
      'Hang said Vietnam [-will-]<synonym>{+would+}<synonym> continue to work with ASEAN.',
      'rewording',
    ],
    ['an article for another', 'The ministry met the ambassador.', 'The ministry met an ambassador.', 'The ministry met [-the-]<synonym>{+an+}<synonym> ambassador.', 'rewording'],
    [
      'an acronym against its expansion, and an acronym in brackets after it dropped',
      'The area lies within the continental shelf as determined under the 1982 United Nations Convention on the Law of the Sea (UNCLOS).',
      'The area lies within the continental shelf as determined under the 1982 UN Convention on the Law of the Sea.',
      'The area lies within the continental shelf as determined under the 1982 [-United Nations-]<spelling>{+UN+}<spelling> Convention on the Law of the Sea[- (UNCLOS)-]<cosmetic>.',
      'cosmetic',
    ],
    [
      'an acronym against its expansion with the article',
      'A finance officer reported irregularities to ICAC.',
      'A finance officer reported irregularities to the Independent Commission Against Corruption.',
      'A finance officer reported irregularities to [-ICAC-]<spelling>{+the Independent Commission Against Corruption+}<spelling>.',
      'cosmetic',
    ],
    [
      'an expansion against its acronym inside a larger change',
      'A finance officer reported the case to the Independent Commission Against Corruption on Monday.',
      'A finance officer handed the case to ICAC on Monday.',
      'A finance officer [-reported-]<content>{+handed+}<content> the case to [-the Independent Commission Against Corruption-]<spelling>{+ICAC+}<spelling> on Monday.',
      'substantive',
    ],
    ['"EU" and "European Union"', 'Lithuania was the first EU country to do so.', 'Lithuania was the first European Union country to do so.', 'Lithuania was the first [-EU-]<spelling>{+European Union+}<spelling> country to do so.', 'cosmetic'],
    ['"U.S." and "United States"', 'The troops left the U.S. base on Monday.', 'The troops left the United States base on Monday.', 'The troops left the [-U.S.-]<spelling>{+United States+}<spelling> base on Monday.', 'cosmetic'],
    [
      'a role noun for a woman and for neither',
      'The spokeswoman declined to comment on the report.',
      'The spokesperson declined to comment on the report.',
      'The [-spokeswoman-]<synonym>{+spokesperson+}<synonym> declined to comment on the report.',
      'rewording',
    ],
    ['"chairman" and "chair"', 'The chairman of the committee resigned.', 'The chair of the committee resigned.', 'The [-chairman-]<synonym>{+chair+}<synonym> of the committee resigned.', 'rewording'],
    ['"chairman" and "chairperson"', 'The chairman of the committee resigned.', 'The chairperson of the committee resigned.', 'The [-chairman-]<synonym>{+chairperson+}<synonym> of the committee resigned.', 'rewording'],
    [
      'the speaker\'s role for a woman and for neither, in the reporting clause',
      'The vessel must leave the zone, Foreign Ministry spokeswoman Pham Thu Hang said on Thursday.',
      'The vessel must leave the zone, Foreign Ministry spokesperson Pham Thu Hang said on Thursday.',
      'The vessel must leave the zone, Foreign Ministry [-spokeswoman-]<synonym>{+spokesperson+}<synonym> Pham Thu Hang said on Thursday.',
      'rewording',
    ],
    [
      'a date with its month abbreviated, in the other order, before words added',
      'Unions called a strike for 12 February.',
      'Unions called a strike for Feb. 12 and said they would fight the closure.',
      'Unions called a strike for {+Feb. +}<spelling>12 [-February-]<spelling>{+and said they would fight the closure+}<content>.',
      'substantive',
    ],
    [
      // Regression: the run began at the comma, the clause after it, so it was taken for a dropped name.
      'a closing reporting clause dropped, its speaker with two abbreviated ranks',
      'The blaze broke out around 9 a.m., when about 1,200 people were working, fire service spokesman Lt. Col. Tajul Islam said.',
      'The blaze broke out around 9 a.m., when about 1,200 people were working.',
      'The blaze broke out around 9 a.m., when about 1,200 people were working[-, fire service spokesman Lt. Col. Tajul Islam said-]<attribution>.',
      'substantive',
    ],
    [
      // Regression: with "Wednesday" only in the clause, the whole addition was a date change.
      'a closing reporting clause added after other words',
      'Norvik will close the plant, putting 2,300 jobs at risk.',
      'Norvik will close the plant, putting 2,300 jobs at risk, as demand for electric cars falls, the company said on Wednesday.',
      'Norvik will close the plant, putting 2,300 jobs at risk{+, as demand for electric cars falls+}<content>{+, the company said on Wednesday+}<attribution>.',
      'substantive',
    ],
    [
      // Regression: dropped in one block with an unrelated addition, the clause was taken for a name dropped.
      'a closing reporting clause dropped whole beside words added',
      'Lestria moved units within 20 kilometres of the border, in violation of the agreement, Vesna said at a weekly briefing.',
      'Lestria moved units within 20 kilometres of the border, in violation of the agreement of 2011.',
      'Lestria moved units within 20 kilometres of the border, in violation of the agreement{+ of 2011+}<number>[-, Vesna said at a weekly briefing-]<attribution>.',
      'substantive',
    ],
    [
      'a magnitude changed after its decimal point',
      'The strongest aftershock was of magnitude 5.2.',
      'The strongest aftershock was of magnitude 5.4.',
      'The strongest aftershock was of magnitude [-5.2-]<number>{+5.4+}<number>.',
      'substantive',
    ],
  ];

  it.each(cases)('%s', (_name, reference, member, expected, verdict) => {
    const result = label(reference, member);
    expect(result.text).toBe(expected);
    expect(verdictOf(result.runs), result.text).toBe(verdict);
  });

  it('still calls a real change beside a variant, a changed name or a negation substantive', () => {
    const cases: Array<[string, string, string]> = [
      [
        'The situation continues to deteriorate as talks stall.',
        'The situation continues to improve as talks stall.',
        'The situation continues to [-deteriorate-]<content>{+improve+}<content> as talks stall.',
      ],
      ['The proposal was backed by the UN on Monday.', 'The proposal was backed by NATO on Monday.', 'The proposal was backed by [-the UN-]<name>{+NATO+}<name> on Monday.'],
      [
        'The proposal was backed by the UN on Monday.',
        'The proposal was backed by the United States on Monday.',
        'The proposal was backed by the [-UN-]<name>{+United States+}<name> on Monday.',
      ],
      // An acronym in brackets whose words are not before it is a name.
      ['The ships were seen near the Paracel Islands (UNCLOS) last week.', 'The ships were seen near the Paracel Islands last week.', 'The ships were seen near the Paracel Islands [-(UNCLOS) -]<name>last week.'],
      ['Hang said Vietnam will continue to work with ASEAN.', 'Hang said Vietnam will not continue to work with ASEAN.', 'Hang said Vietnam will {+not +}<content>continue to work with ASEAN.'],
      // A modal of another group, a direction reversed, a quantifier, a function word only dropped.
      ['Hang said Vietnam will continue to work with ASEAN.', 'Hang said Vietnam must continue to work with ASEAN.', 'Hang said Vietnam [-will-]<content>{+must+}<content> continue to work with ASEAN.'],
      ['Flights from Moscow were cancelled.', 'Flights to Moscow were cancelled.', 'Flights [-from-]<content>{+to+}<content> Moscow were cancelled.'],
      ['All the ships left the zone.', 'Some of the ships left the zone.', '[-All-]<content>{+Some of+}<content> the ships left the zone.'],
      ['The ministry met the ambassador.', 'The ministry met ambassador.', 'The ministry met [-the -]<content>ambassador.'],
      // A role for a woman against the role for a man says another person.
      ['The spokeswoman declined to comment on the report.', 'The spokesman declined to comment on the report.', 'The [-spokeswoman-]<content>{+spokesman+}<content> declined to comment on the report.'],
      ['The chairwoman of the committee resigned.', 'The chairman of the committee resigned.', 'The [-chairwoman-]<content>{+chairman+}<content> of the committee resigned.'],
      [
        'The vessel must leave the zone, Foreign Ministry spokeswoman Pham Thu Hang said on Thursday.',
        'The vessel must leave the zone, Foreign Ministry spokesman Pham Thu Hang said on Thursday.',
        'The vessel must leave the zone, Foreign Ministry [-spokeswoman-]<attribution>{+spokesman+}<attribution> Pham Thu Hang said on Thursday.',
      ],
      // A reporting verb changed stays attribution, synonyms as they may be.
      ['The fire started at dawn, the spokeswoman said.', 'The fire started at dawn, the spokeswoman stated.', 'The fire started at dawn, the spokeswoman [-said-]<attribution>{+stated+}<attribution>.'],
      // A word and a compound it opens are no inflection, nor is a word against a hyphenated compound.
      ['Crews arrived to fight the fire overnight.', 'Crews arrived to fight the firefighters overnight.', 'Crews arrived to fight the [-fire-]<content>{+firefighters+}<content> overnight.'],
      [
        'All these proposals were handed to the Russian side on Monday.',
        'All these proposals were handed to the Russia-NATO Council on Monday.',
        'All these proposals were handed to the [-Russian side-]<name>{+Russia-NATO Council+}<name> on Monday.',
      ],
      // Regression: with the point dropped, "5.2" / "52" had the same digits and was taken for one figure.
      ['The strongest aftershock was of magnitude 5.2.', 'The strongest aftershock was of magnitude 52.', 'The strongest aftershock was of magnitude [-5.2-]<number>{+52+}<number>.'],
      ['The fund holds 1,400 tonnes of grain.', 'The fund holds 14.00 tonnes of grain.', 'The fund holds [-1,400-]<number>{+14.00+}<number> tonnes of grain.'],
    ];
    for (const [reference, member, expected] of cases) {
      const result = label(reference, member);
      expect(result.text).toBe(expected);
      expect(verdictOf(result.runs), result.text).toBe('substantive');
    }
  });

  it('rebuilds both texts from its runs as the word diff does, for any pair of texts', () => {
    const word = fc.constantFrom(
      'the', 'a', 'as', 'with', 'which', 'that', 'not', 'will', 'would', 'must', 'deteriorate', 'degrade', 'protests', 'protested',
      'United', 'Nations', 'UN', 'U.N.', 'ICAC', 'spokeswoman', 'spokesperson', 'Feb.', 'February', '12', '5.2', '14,000',
      'firefighters', 'fire', 'fighters', 'said', 'officials', '(UNCLOS)', 'Convention', 'Law', 'Sea', 'of', 'on',
    );
    const piece = fc.tuple(word, fc.constantFrom('', '', '', ',', ';')).map(([text, mark]) => text + mark);
    const sentence = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 14 }), fc.constantFrom('.', '', '."')).map(([pieces, end]) => pieces.join(' ') + end);
    const side = (runs: readonly DiffRun[], op: DiffRun['op']) => runs.filter((run) => run.op !== op).map((run) => run.text).join('');
    fc.assert(
      fc.property(sentence, sentence, (reference, member) => {
        const runs = diffWording(reference, member);
        const labelled = labelRuns(runs);
        expect(side(labelled, 'removed')).toBe(member);
        expect(side(labelled, 'added')).toBe(side(runs, 'added'));
        for (const run of labelled) {
          expect(run.text.length).toBeGreaterThan(0);
          expect(run.op === 'equal' ? run.label : typeof run.label).toBe(run.op === 'equal' ? undefined : 'string');
        }
      }),
      { seed: 20260514, numRuns: 400 },
    );
  });
});

describe('verdictOf', () => {
  it('takes the most substantive class of its runs', () => {
    expect(verdictOf([{ op: 'equal' }, { op: 'removed', label: 'spelling' }, { op: 'added', label: 'compounding' }])).toBe('cosmetic');
    expect(verdictOf([{ op: 'removed', label: 'cosmetic' }, { op: 'added', label: 'reordering' }])).toBe('rewording');
    expect(verdictOf([{ op: 'added', label: 'synonym' }, { op: 'removed', label: 'name' }])).toBe('substantive');
    expect(verdictOf([{ op: 'added', label: 'attribution' }])).toBe('substantive');
    expect(verdictOf([{ op: 'added' }])).toBe('substantive');
  });
});

describe('labelRuns on a block cut in parts, with invisible characters in it', () => {
  it('labels the parts on the visible words and gives each run its original text', () => {
    const reference = 'The military situation continues to deteriorate as tensions grow, Zakharova said.';
    const member = 'The mili\u00ADtary situation continues to de\u00ADgrade, with tensions growing, she said.';
    const runs = labelRuns(diffWording(reference, member));
    expect(runs.filter((run) => run.op !== 'equal').map((run) => [run.op, run.text, run.label])).toEqual([
      ['removed', 'deteriorate', 'synonym'],
      ['added', 'de\u00ADgrade', 'synonym'],
      ['removed', ' as', 'synonym'],
      ['added', ', with', 'synonym'],
      ['removed', 'grow', 'inflection'],
      ['added', 'growing', 'inflection'],
      ['removed', 'Zakharova', 'attribution'],
      ['added', 'she', 'attribution'],
    ]);
    expect(runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member);
  });
});
