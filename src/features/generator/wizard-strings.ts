/** The wizard's own words (explicit, so its buttons are named even without an I18nProvider). */
import type { WizardProps } from '@cloudscape-design/components/wizard';

export const WIZARD_STRINGS: WizardProps.I18nStrings = {
  stepNumberLabel: (n) => `Step ${n}`,
  collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
  skipToButtonLabel: (step) => `Skip to ${step.title}`,
  navigationAriaLabel: 'Steps',
  errorIconAriaLabel: 'Error',
  cancelButton: 'Cancel',
  previousButton: 'Previous',
  nextButton: 'Next',
  optional: 'optional',
  nextButtonLoadingAnnouncement: 'Loading the next step',
  submitButtonLoadingAnnouncement: 'Applying the policy',
};

export const SUBMIT_BUTTON_TEXT = 'Apply policy';
