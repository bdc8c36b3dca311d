import { lazy } from 'react'

// The campaign list's dialogs load their forms on first open: react-hook-form and papaparse stay out of
// the start-up bundle (the list is the first screen every operator sees).

/** "New campaign" form, fetched when the dialog first opens. */
export const NewCampaignForm = lazy(() => import('./NewCampaignForm').then((m) => ({ default: m.NewCampaignForm })))
/** "Upload leads" form (CSV preview with papaparse), fetched when the dialog first opens. */
export const UploadLeadsForm = lazy(() => import('./upload/UploadLeadsForm').then((m) => ({ default: m.UploadLeadsForm })))
