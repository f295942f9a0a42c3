import { href } from '../routes/hashRoute';
import { ACCESSIBILITY } from '../text/about';
import { PageHeading } from '../shell/PageHeading';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import './aboutPages.css';

/** "#/toegankelijkheid": the accessibility statement — the target, how it is tested, what is not yet right, where to report. */
export function AccessibilityPage() {
  useDocumentTitle(ACCESSIBILITY.title);
  return (
    <article className="about-page">
      <PageHeading>{ACCESSIBILITY.title}</PageHeading>
      <p className="lead">{ACCESSIBILITY.intro}</p>
      <h2>{ACCESSIBILITY.testedHeading}</h2>
      <ul>
        {ACCESSIBILITY.tested.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{ACCESSIBILITY.limitsHeading}</h2>
      <ul>
        {ACCESSIBILITY.limits.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{ACCESSIBILITY.reportHeading}</h2>
      <p>{ACCESSIBILITY.report}</p>
      <p>
        <a href={href.page('contact')}>{ACCESSIBILITY.contactLink}</a>
      </p>
      <p className="about-page__date">{ACCESSIBILITY.date}</p>
    </article>
  );
}
