import { WIZARD_STEPS, type WizardStepId } from './wizard-values'

/**
 * The wizard's progress as an ordered list: the current step is marked (aria-current="step"), steps
 * already reached are buttons to go back to, later ones are plain text until Next reaches them.
 */
export function WizardStepper({ current, reached, onGo }: { current: WizardStepId; reached: number; onGo: (step: WizardStepId) => void }) {
  return (
    <nav aria-label="Add inbox steps" className="wizard-stepper">
      <ol>
        {WIZARD_STEPS.map((s, i) => {
          const label = `${i + 1}. ${s.title}`
          const isCurrent = s.id === current
          return (
            <li key={s.id} className={isCurrent ? 'wizard-stepper__item wizard-stepper__item--current' : 'wizard-stepper__item'} aria-current={isCurrent ? 'step' : undefined}>
              {i <= reached && !isCurrent ? (
                <button type="button" className="link-button" onClick={() => onGo(s.id)}>
                  {label}
                </button>
              ) : (
                <span>{label}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
