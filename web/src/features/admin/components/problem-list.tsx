import type { Files, Problem } from '../api/challenges';
import { problemFile, problemWhere, shownProblemFile } from '../utils/challenge-files';

/** Problems as a list; each names its file and place, and opens the file (at its line) when the file exists. */
export function ProblemList({
  problems,
  files,
  onOpen,
  showFile = true,
}: {
  problems: Problem[];
  files: Files;
  onOpen?: (file: string, line?: number) => void;
  showFile?: boolean;
}) {
  return (
    <ul className="problem-list">
      {problems.map((p, i) => {
        const file = problemFile(p, files);
        const where = problemWhere(p);
        return (
          <li key={i} className="problem">
            {showFile &&
              (file && onOpen ? (
                <button type="button" className="problem-file" onClick={() => onOpen(file, p.line)}>
                  {file}
                </button>
              ) : (
                <span className="problem-file static">{shownProblemFile(p, files)}</span>
              ))}
            {where && <span className="problem-where">{where}</span>}
            <span className="problem-message">{p.message}</span>
          </li>
        );
      })}
    </ul>
  );
}
