import type { ReactNode } from 'react';
import { Card } from '../../../components/ui/card';
import type { ReviewItem } from '../api/reviews';

/** The explanation card's frame: what the candidate was asked, the answer key's notes (folded), then `children` (the text with its spans), then any answers. */
export function ExplanationCard({ item, children, words }: { item: ReviewItem; children: ReactNode; words: number }) {
  return (
    <Card className="panel">
      <h2 className="card-title">
        Explanation <span className="muted">· {words} words</span>
      </h2>
      {item.challenge.explanationPrompt && (
        <blockquote className="explanation-ask">
          <span className="muted small">The candidate was asked:</span> {item.challenge.explanationPrompt}
        </blockquote>
      )}
      {item.challenge.keyNotes && (
        <details className="key-notes">
          <summary>Answer key notes</summary>
          <p className="key-notes-text">{item.challenge.keyNotes}</p>
        </details>
      )}
      {item.explanation ? children : <p className="muted">No explanation was written.</p>}
      {/* The critique kinds' answers are in the objective card, mapped to real responses. */}
      {item.answers !== null && item.answers !== undefined && !item.objective && (
        <section aria-label="Answers">
          <h3 className="section-title">Answers</h3>
          <pre className="answers">{JSON.stringify(item.answers, null, 2)}</pre>
        </section>
      )}
    </Card>
  );
}
