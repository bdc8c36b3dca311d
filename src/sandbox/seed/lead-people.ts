import type { Prng } from '../store/prng'

const FIRST = [
  'Ava', 'Noah', 'Mia', 'Liam', 'Sofia', 'Lucas', 'Emma', 'Mateo', 'Chloé', 'Ethan', 'Priya', 'Arjun', 'Hannah', 'Jonas',
  'Léa', 'Omar', 'Yuki', 'Kenji', 'Grace', 'Daniel', 'Zoë', 'Samuel', 'Isabel', 'Tomás', 'Nora', 'Felix', 'Amara', 'David'
] as const
const LAST = [
  'Johnson', 'Müller', 'Garcia', 'Chen', 'Patel', 'Okafor', 'Schmidt', 'Rossi', 'Nguyen', 'Kowalski', 'Silva', 'Dubois',
  'Tanaka', 'Andersson', 'Murphy', 'Novak', 'Haddad', 'Fischer', "O'Brien", 'Larsen', 'Moreau', 'Kim', 'Costa', 'Weber'
] as const
const COMPANIES = [
  'Northwind Analytics', 'Bluepeak Logistics', 'Cobalt Health', 'Lumen Robotics', 'Harbor & Finch', 'Quanta Ledger',
  'Evergreen Foods', 'Atlas Freight', 'Brightline Media', 'Kestrel Security', 'Solace Clinics', 'Ironleaf Capital',
  'Pinecrest Realty', 'Vantage Retail', 'Meridian Devices', 'Orbit Cloud', 'Copperfield Labs', 'Sable Logistics'
] as const
const TITLES = [
  'CEO', 'CFO', 'VP Engineering', 'Head of Platform', 'Operations Manager', 'Procurement Lead', 'IT Director',
  'Head of Growth', 'Managing Partner', 'Founder'
] as const

/** One seeded prospect: the standard lead fields plus a job title for `{{job_title}}`. */
export interface SeedPerson {
  email: string
  first_name: string
  last_name: string
  company: string
  job_title: string
}

// Lower-case ASCII for an address: accents dropped, anything else removed (Zoë → zoe, O'Brien → obrien).
function ascii(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase()
}

// `count` prospects with addresses like first.last@company.example (reserved TLD), unique within the list.
export function seedPeople(rng: Prng, count: number): SeedPerson[] {
  const seen = new Set<string>()
  const people: SeedPerson[] = []
  while (people.length < count) {
    const first_name = rng.pick(FIRST)
    const last_name = rng.pick(LAST)
    const company = rng.pick(COMPANIES)
    const base = `${ascii(first_name)}.${ascii(last_name)}@${ascii(company)}.example`
    let email = base
    for (let n = 2; seen.has(email); n++) email = base.replace('@', `${n}@`)
    seen.add(email)
    people.push({ email, first_name, last_name, company, job_title: rng.pick(TITLES) })
  }
  return people
}
