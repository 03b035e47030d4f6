/**
 * Function words that carry no evidence that two sentences are versions of each other.
 * Kept short on purpose: negations ("not", "no") and quantities stay content words,
 * because a dropped "not" is exactly the kind of change a journalist must see aligned.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers herself him himself his how i if in into is it its itself just me more
  most my myself of off on once only or other our ours ourselves out over own same she should so some
  such than that the their theirs them themselves then there these they this those through to too under
  until up very was we were what when where which while who whom why will with would you your yours
  yourself yourselves s t d ll m re ve y let may might must shall upon via per yet well even ever
  still already since though although whether said says say told tells stated according`
    .split(/\s+/)
    .filter(Boolean),
);
