import { useId } from 'react'
import { checkedOnLabel, credentialGuidance, type CredentialGuidance as Guidance, type GuidanceInput } from '../../../../../shared/provider-guidance'
import { StepText } from './StepText'
import './credential-guidance.css'

/** Props: the guidance to show (or what to look it up by), and the heading level inside the page outline. */
export type CredentialGuidanceProps = ({ guidance: Guidance } | GuidanceInput) & {
  /** Defaults to h3 (the panel sits inside the wizard's credentials step). */
  headingLevel?: 2 | 3
}

/** A link's address without the scheme, shown beside it so the operator can copy it if the link does not open. */
const shortUrl = (url: string): string => url.replace(/^https:\/\//, '').replace(/\/$/, '')

/**
 * The credentials step's provider panel: how to sign in to this provider (app passwords, admin
 * switches, IMAP limits), with help links and the month the facts were last checked.
 */
export function CredentialGuidance(props: CredentialGuidanceProps) {
  const titleId = useId()
  const guidance = 'guidance' in props ? props.guidance : credentialGuidance(props)
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="panel credential-guidance" aria-labelledby={titleId}>
      <Heading id={titleId} className="credential-guidance__title">
        Signing in to {guidance.providerName}
      </Heading>
      {guidance.needsAppPassword ? <p className="credential-guidance__tag">Needs an app password</p> : null}
      <p>{guidance.summary}</p>
      <ol className="credential-guidance__steps">
        {guidance.steps.map((step) => (
          <li key={step}>
            <StepText text={step} />
          </li>
        ))}
      </ol>
      {guidance.imapPasswordDiffers ? (
        <p className="credential-guidance__imap">
          <strong>IMAP (replies):</strong> {guidance.imapPasswordDiffers}
        </p>
      ) : null}
      {guidance.links.length > 0 ? (
        <ul className="credential-guidance__links" aria-label={`Help from ${guidance.providerName}`}>
          {guidance.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} target="_blank" rel="noreferrer">
                {link.label}
              </a>{' '}
              <span className="credential-guidance__url">{shortUrl(link.url)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="credential-guidance__checked">Checked {checkedOnLabel(guidance.checkedOn)}</p>
    </section>
  )
}
