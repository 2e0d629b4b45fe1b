/** Function words that say nothing about the topic. Question words stay: "how", "why", "where" carry intent. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so of to in on at by for with about from into over as is are was were be been ' +
    'being am do does did doing have has had having i me my we our us you your it its this that these those ' +
    'there their they them he she his her im ive id youre were theyre its lets can could would should will ' +
    'shall may might must just really very quite pretty any some also too ' +
    'lot lots thing things stuff got getting going like kind sort maybe actually basically ' +
    'gonna wanna anyone someone guys folks'
  ).split(' '),
);
