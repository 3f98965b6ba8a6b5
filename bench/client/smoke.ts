// A client generated from the running service's /q/openapi (openapi-generator, typescript-fetch)
// drives every main flow of both APIs, and every typed field it reads back must be populated:
// a key the document names but the wire lacks (or names differently) reads as `undefined` and
// fails the run. Built and run by bench/client.sh; not part of ./mvnw verify.
import { readFileSync } from 'fs';
import { basename } from 'path';
import {
    CandidatesApi, Configuration, JobsApi, ProfilesApi, ResponseError,
    type ApiResponse, type CandidateView, type ProfileView,
} from './gen';

const base = process.env.BASE_URL ?? 'http://localhost:8080';
const key = process.env.API_KEY ?? 'vk_dev_local_only_do_not_use_in_production';
const resumePath = process.argv[2];
if (!resumePath) {
    throw new Error('usage: node smoke.js RESUME_FILE');
}

const config = new Configuration({ basePath: base, apiKey: () => key });
const profiles = new ProfilesApi(config);
const jobs = new JobsApi(config);
const candidates = new CandidatesApi(config);
let checks = 0;

function check(condition: boolean, what: string): void {
    checks++;
    if (!condition) {
        throw new Error('check failed: ' + what);
    }
}

/** Free-form maps: their keys are data, not names the generator maps (resume_data, an activity's data). */
const FREE_FORM = /(\.resume_data|\.data\[\d+\]\.data)$/;

/**
 * The typed value read back holds every non-null value the wire sent, under the name the document
 * gave it: a key the document names differently (or not at all) reads as `undefined` and fails.
 */
function matchesWire(typed: any, wire: any, path: string, freeForm = false): void {
    checks++;
    if (wire === null || typeof wire !== 'object') {
        if (typed === undefined) {
            throw new Error(`${path}: the wire sent ${JSON.stringify(wire)}, the typed client read undefined`);
        }
        return;
    }
    if (Array.isArray(wire)) {
        wire.forEach((item, i) => matchesWire(typed?.[i], item, `${path}[${i}]`, freeForm));
        return;
    }
    if (typed === undefined || typed === null) {
        throw new Error(`${path}: the wire sent an object, the typed client read ${typed}`);
    }
    for (const [k, v] of Object.entries(wire)) {
        const name = freeForm ? k : k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
        if (v !== null && typed[name] === undefined) {
            throw new Error(`${path}.${k}: on the wire, but the typed model has no '${name}' (document and wire disagree)`);
        }
        matchesWire(typed[name], v, `${path}.${k}`, freeForm || FREE_FORM.test(`${path}.${k}`));
    }
}

/** Reads a response both ways, typed and as sent, and holds the one to the other. */
async function read<T>(response: Promise<ApiResponse<T>>, path: string): Promise<T> {
    const r = await response;
    const wire = await r.raw.clone().json();
    const typed = await r.value();
    matchesWire(typed, wire, path);
    return typed;
}

async function waitForImport(id: string): Promise<ProfileView> {
    for (let i = 0; i < 30; i++) {
        const profile = await read(profiles.getProfileRaw({ id, prefer: 'wait=10' }), 'profile');
        if (profile.status !== 'importing') {
            return profile;
        }
    }
    throw new Error('import did not finish within 300 s');
}

async function profileFlow(): Promise<void> {
    const created = await read(profiles.createProfileRaw({
        profileRequest: {
            name: 'Generated client',
            contact: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', phone: '+44 20 7946 0123',
                preferredName: 'Ada', dateOfBirth: new Date('1990-12-10') },
            location: { addressLine1: '1 Example Street', city: 'London', postalCode: 'N1 9GU', country: 'GB' },
            links: { linkedin: 'https://www.linkedin.com/in/ada-example', github: 'https://github.com/ada-example',
                portfolio: 'https://ada.example.com', website: 'https://blog.example.com' },
            workExperience: [{ company: 'Acme', title: 'Senior Engineer', location: 'London', startDate: '2021-03',
                isCurrent: true, description: 'Built the payments platform.' }],
            education: [{ school: 'Example University', degree: 'BSc', fieldOfStudy: 'Mathematics',
                startDate: '2010', endDate: '2013', gpa: '3.9' }],
            eligibility: { workAuthorizedCountries: ['GB', 'IE'], requiresSponsorship: false },
            preferences: { salaryExpectation: { amount: 90000, currency: 'GBP', period: 'year' },
                earliestStartDate: new Date('2027-01-04'), willingToRelocate: true, remotePreference: 'hybrid',
                preferredLocations: ['London', 'Dublin'] },
            selfIdentification: { gender: 'female', ethnicity: 'prefer_not_to_say', veteranStatus: 'not_a_veteran',
                disabilityStatus: 'no', lgbtq: 'prefer_not_to_say' },
            memories: ['Prefers async teams'],
            coverLetterTemplate: 'Dear {{company}}, …',
        },
    }), 'created');
    check(created.contact.firstName === 'Ada', 'contact.first_name read back');
    check(created.workExperience[0].isCurrent === true, 'work_experience[0].is_current read back');
    check(created.preferences.salaryExpectation?.currency === 'GBP', 'preferences.salary_expectation read back');
    check(created.selfIdentification.veteranStatus === 'not_a_veteran', 'self_identification read back');
    check(created.coverLetterTemplate === 'Dear {{company}}, …', 'cover_letter_template read back');

    const patched = await read(profiles.updateProfileRaw({
        id: created.id,
        profileRequest: { memories: ['Prefers async teams', 'Speaks French'], coverLetterTemplate: null, links: null },
    }), 'patched');
    check(patched.memories.length === 2, 'PATCH replaced memories');
    check(patched.coverLetterTemplate === null, 'PATCH null cleared the cover letter');
    check(patched.links.github === undefined && patched.links.linkedin === undefined, 'PATCH null cleared links');
    check(patched.workExperience.length === 1, 'PATCH left work_experience alone');

    const file = new Blob([readFileSync(resumePath)]);
    const accepted = await read(profiles.importProfileRaw({ file: new File([file], basename(resumePath)) }), 'accepted');
    check(accepted.status === 'importing', 'import accepted');
    const imported = await waitForImport(accepted.profileId);
    check(imported.status === 'ready', `import finished ready (was ${imported.status}: ${imported.importError})`);
    check(imported.importReport !== null && imported.importReport.sections.length > 0, 'import_report read back');
    check(imported.resume !== null && imported.resume.sizeBytes > 0, 'resume file info read back');
    check(imported.workExperience.length > 0, 'imported work experience');
}

async function candidateFlow(): Promise<void> {
    const job = (await read(jobs.createJobRaw({
        jobCreate: { title: 'Backend Engineer', description: 'Java, PostgreSQL, Quarkus', location: 'Remote' },
    }), 'job')).data;
    check(job.status === 'open', 'job status defaults to open');

    const created = (await read(candidates.createCandidateRaw({
        jobId: job.id, name: 'Grace Hopper', email: 'grace@example.com', stage: 'applied', rating: 4,
        location: 'Arlington, VA', linkedin: 'https://www.linkedin.com/in/grace-example',
    }), 'candidate')).data;
    check(created.job?.id === job.id, 'candidate.job read back');

    const patched: CandidateView = (await read(candidates.updateCandidateRaw({
        id: created.id,
        candidatePatch: { email: null, rating: null, location: null, stage: 'phonescreen', notes: 'Strong systems background' },
    }), 'patched')).data;
    check(patched.email === null && patched.rating === null && patched.location === null, 'PATCH nulls cleared');
    check(patched.stage === 'phonescreen', 'PATCH changed the stage');

    const page = await read(candidates.listCandidatesRaw({ jobId: job.id, stage: 'phonescreen', limit: 10 }), 'candidates');
    check(page.data.length === 1 && page.data[0].id === created.id, 'list by job and stage');

    const activities = await read(candidates.listCandidateActivitiesRaw({ id: created.id, limit: 50 }), 'activities');
    const types = activities.data.map(a => a.type);
    check(types.includes('candidate_created') && types.includes('stage_changed') && types.includes('note_added'),
        `activities recorded (${types.join(', ')})`);
}

async function main(): Promise<void> {
    try {
        await profileFlow();
        await candidateFlow();
        console.log(`generated client: ${checks} checks passed against ${base}`);
    } catch (e) {
        if (e instanceof ResponseError) {
            console.error(`HTTP ${e.response.status} ${e.response.url}: ${await e.response.text()}`);
        }
        throw e;
    }
}

main().catch(e => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
});
