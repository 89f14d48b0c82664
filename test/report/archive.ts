/**
 * A small invented news archive for the report tests (and the README's screenshots): several outlets and months,
 * astral characters before quotes, and hostile values (a script in a quote, attribute-breaking ids, a
 * javascript: URL) that the report must show as text.
 */
export interface ArchiveLine {
  id: string;
  outlet?: string;
  date?: string;
  url?: string;
  title?: string;
  text: string;
}

export const ARCHIVE: ArchiveLine[] = [
  {
    id: 'ferry-2024-03',
    outlet: 'Harbor Gazette',
    date: '2024-03-04',
    url: 'https://news.example/ferry',
    title: 'Ferry service to resume in spring',
    text:
      'The island ferry will run again from April, the port authority said on Monday.\n\n' +
      '"We have repaired both engines and trained six new crew members," said Lena Ortiz, the harbor master. ' +
      'She said the first crossing would leave at seven.\n\n' +
      'Local business owners welcomed the news. "Half of my customers come by boat," said Tomás Berg, who runs a café near the pier. ' +
      '"Another month without the ferry would have closed us," he added.',
  },
  {
    id: 'council-budget',
    outlet: 'Harbor Gazette',
    date: '2024-04-11',
    url: 'javascript:alert(document.domain)',
    title: 'Council <b>approves</b> budget',
    text:
      'The city council approved the budget on Thursday after a long debate. ' +
      '"This budget keeps every library open," Mayor Ana Ruiz told reporters. ' +
      'Councillor Peter Novak said the plan relied on optimistic forecasts. ' +
      '"We will be back here in six months," Novak said.',
  },
  {
    id: 'emoji-"quoted" id',
    outlet: 'Morning Star',
    date: '2024-04-20',
    url: 'https://star.example/post?id=7&ref="x"',
    text:
      '🎉🎉 Fans crowded the square on Saturday. 𝒜 "We never stopped believing," said Maria Santos, the team captain. ' +
      'The coach, Daniel Reyes, said the players had earned the trophy. ' +
      '"Tonight </script><script>alert(1)</script> belongs to them," Reyes said.',
  },
  {
    id: 'storm-warning',
    outlet: 'Morning Star',
    date: '2024-05-02',
    text:
      'The weather service warned of strong winds along the coast. ' +
      'Residents should secure loose objects, the agency said in a statement. ' +
      '"Gusts may reach 110 kilometres per hour" onmouseover="alert(1)", said forecaster Ines Duarte.',
  },
  {
    id: 'plain-text',
    text: 'Officials said the bridge would stay closed for repairs. "It is not safe yet," said engineer Bo Li.',
  },
];

export const archiveJsonl = (): string => `${ARCHIVE.map((a) => JSON.stringify(a)).join('\n')}\n`;
