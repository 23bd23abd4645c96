import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * health tables use (each one declared once with formatCheck: its CHECK and its Zod twin). Every name carries the
 * HEALTH_ prefix: @db/equine re-exports every pillar, so a generic name (LIMBS, SEVERITIES) would collide.
 */

// --- shared -----------------------------------------------------------------------------------------------

/** Limbs as clinicians name them; `bilateral_*` and `multiple` for lameness seen on more than one limb. */
export const HEALTH_LIMBS = [
  'left_fore',
  'right_fore',
  'left_hind',
  'right_hind',
  'bilateral_fore',
  'bilateral_hind',
  'multiple',
] as const;

/** How a medicine or vaccine is given. Strangles vaccines (Equilis StrepE) go submucosally into the upper lip. */
export const HEALTH_ADMINISTRATION_ROUTES = [
  'oral',
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'intranasal',
  'submucosal',
  'topical',
  'intra_articular',
  'inhaled',
  'ophthalmic',
  'rectal',
  'nasogastric',
  'intrauterine',
  'intralesional',
] as const;

export const HEALTH_SEVERITIES = ['mild', 'moderate', 'severe', 'life_threatening'] as const;

// --- health_records ---------------------------------------------------------------------------------------

/** An entry of a horse's problem list (the clinical record's spine): what the condition is, not when it was seen. */
export const HEALTH_RECORD_TYPES = [
  'diagnosis',
  'chronic_condition',
  'allergy',
  'adverse_drug_reaction',
  'hereditary_condition',
  'pre_purchase_finding',
  'clinical_note',
] as const;
export const HEALTH_RECORD_STATUSES = ['active', 'monitoring', 'chronic', 'resolved'] as const;
export const HEALTH_BODY_SYSTEMS = [
  'musculoskeletal',
  'hoof',
  'respiratory',
  'gastrointestinal',
  'cardiovascular',
  'integumentary',
  'neurological',
  'ophthalmic',
  'dental',
  'reproductive',
  'urinary',
  'endocrine_metabolic',
  'immune',
  'multi_system',
  'other',
] as const;
/** VeNom: the Veterinary Nomenclature coding used by UK and Irish practice systems; SNOMED CT veterinary extension. */
export const HEALTH_CODING_SYSTEMS = ['venom', 'snomed_ct', 'practice_local'] as const;

// --- vet_visits -------------------------------------------------------------------------------------------

export const HEALTH_VISIT_TYPES = [
  'routine_check',
  'vaccination',
  'dental',
  'lameness_workup',
  'emergency',
  'colic',
  'follow_up',
  'pre_purchase_examination',
  'reproductive',
  'post_operative',
  'euthanasia',
  'other',
] as const;
/** Where the horse was seen: at its yard (ambulatory), at the clinic, admitted to hospital, at a show, by video. */
export const HEALTH_VISIT_SETTINGS = ['ambulatory_yard', 'clinic', 'hospital_admission', 'competition_venue', 'telemedicine'] as const;
export const HEALTH_VISIT_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled', 'no_show'] as const;

// --- vaccinations -----------------------------------------------------------------------------------------

/** `influenza_tetanus`: the combined products (Equilis Prequenza Te, ProteqFlu-Te) most horses get. */
export const HEALTH_VACCINE_TYPES = [
  'equine_influenza',
  'tetanus',
  'influenza_tetanus',
  'equine_herpesvirus',
  'strangles',
  'equine_viral_arteritis',
  'rotavirus',
  'west_nile_virus',
  'rabies',
  'other',
] as const;
/**
 * Where a dose sits in its course. Equine influenza under FEI and Irish/British racing rules: primary V1, V2
 * 21-92 days later, V3 within 7 months of V2, then boosters (within 6 months + 21 days of the last for FEI).
 */
export const HEALTH_VACCINATION_COURSE_STAGES = ['primary_1', 'primary_2', 'primary_3', 'booster', 'single_dose'] as const;

// --- medications ------------------------------------------------------------------------------------------

export const HEALTH_MEDICATION_CLASSES = [
  'nsaid',
  'antimicrobial',
  'corticosteroid',
  'sedative_analgesic',
  'anthelmintic',
  'gastroprotectant',
  'bronchodilator',
  'antihistamine',
  'hormonal',
  'joint_therapy',
  'bisphosphonate',
  'anticonvulsant',
  'local_anaesthetic',
  'other',
] as const;
/**
 * Where the substance sits on the FEI Equine Prohibited Substances List: `controlled_medication` may be used in
 * treatment but must have cleared before competing (the detection time); `banned` must never be given.
 */
export const HEALTH_FEI_LIST_STATUSES = ['not_listed', 'controlled_medication', 'banned'] as const;
export const HEALTH_DOSE_UNITS = ['mg', 'g', 'ml', 'iu', 'mg_per_kg', 'ml_per_kg', 'tablet', 'sachet', 'syringe', 'scoop'] as const;
export const HEALTH_MEDICATION_STATUSES = ['active', 'completed', 'discontinued'] as const;

// --- surgeries --------------------------------------------------------------------------------------------

export const HEALTH_ANAESTHESIA_TYPES = ['general', 'standing_sedation', 'local', 'regional'] as const;
export const HEALTH_SURGERY_URGENCIES = ['elective', 'urgent', 'emergency'] as const;
export const HEALTH_SURGERY_STATUSES = ['scheduled', 'completed', 'cancelled', 'postponed'] as const;
export const HEALTH_SURGERY_OUTCOMES = ['successful', 'complicated', 'unsuccessful', 'died', 'euthanised'] as const;
/** ASA physical status, as equine anaesthetists grade the patient before surgery: 1 (healthy) to 5 (moribund). */
export const HEALTH_ASA_GRADE_MIN = 1;
export const HEALTH_ASA_GRADE_MAX = 5;

// --- dental_records ---------------------------------------------------------------------------------------

export const HEALTH_DENTAL_PROCEDURES = [
  'oral_examination',
  'routine_rasp',
  'power_float',
  'wolf_tooth_extraction',
  'cheek_tooth_extraction',
  'incisor_reduction',
  'diastema_treatment',
  'cap_removal',
  'dental_radiography',
  'bit_seat',
  'other',
] as const;
export const HEALTH_DENTAL_CONDITIONS = ['good', 'fair', 'poor'] as const;
/**
 * Modified Triadan tooth number: quadrant (1-4 permanent, 5-8 deciduous) then position 01-11, e.g. 105 = upper
 * right first premolar (wolf tooth), 311 = lower left last molar.
 */
export const HEALTH_TRIADAN: TextFormat = {
  pattern: /^[1-8](0[1-9]|1[01])$/,
  message: 'must be a modified Triadan number such as 105 or 311',
};

// --- lameness_exams ---------------------------------------------------------------------------------------

/** AAEP lameness scale: 0 sound, 1 inconsistent, 2 seen under some conditions, 3 at trot, 4 at walk, 5 non-weight-bearing. */
export const HEALTH_AAEP_GRADE_MIN = 0;
export const HEALTH_AAEP_GRADE_MAX = 5;
export const HEALTH_LAMENESS_SURFACES = ['hard_straight', 'soft_straight', 'lunge_hard', 'lunge_soft', 'ridden', 'treadmill'] as const;
export const HEALTH_FLEXION_RESULTS = ['negative', 'positive', 'equivocal', 'not_performed'] as const;

// --- lab_results ------------------------------------------------------------------------------------------

export const HEALTH_LAB_TEST_CATEGORIES = [
  'haematology',
  'biochemistry',
  'serology',
  'pcr',
  'culture_sensitivity',
  'cytology',
  'histopathology',
  'parasitology',
  'endocrinology',
  'drug_screen',
  'genetic',
  'other',
] as const;
export const HEALTH_LAB_SAMPLE_TYPES = [
  'whole_blood',
  'serum',
  'plasma',
  'faeces',
  'nasopharyngeal_swab',
  'guttural_pouch_lavage',
  'tracheal_wash',
  'bronchoalveolar_lavage',
  'synovial_fluid',
  'urine',
  'tissue',
  'skin_scrape',
  'hair',
  'other',
] as const;
export const HEALTH_LAB_RESULT_STATUSES = ['pending', 'preliminary', 'final', 'amended', 'cancelled'] as const;
/** The laboratory's overall reading: normal/abnormal for panels, positive/negative for infectious-disease tests. */
export const HEALTH_LAB_INTERPRETATIONS = ['normal', 'abnormal', 'positive', 'negative', 'inconclusive'] as const;
export const HEALTH_LAB_ANALYTE_FLAGS = ['low', 'normal', 'high', 'critical', 'positive', 'negative'] as const;
/** Upper-case code of a laboratory: IEC (Irish Equine Centre), ROSSDALES, WEATHERBYS, IDEXX. */
export const HEALTH_LABORATORY_CODE: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9_-]{1,19}$/,
  message: 'must be an upper-case laboratory code such as IEC or ROSSDALES',
};

// --- injuries ---------------------------------------------------------------------------------------------

export const HEALTH_INJURY_TYPES = [
  'laceration',
  'puncture_wound',
  'abrasion',
  'kick_injury',
  'contusion',
  'overreach',
  'tendon_injury',
  'ligament_injury',
  'fracture',
  'hoof_abscess',
  'sole_bruise',
  'eye_injury',
  'burn',
  'other',
] as const;
export const HEALTH_BODY_LOCATIONS = [
  'head',
  'eye',
  'neck',
  'withers',
  'back',
  'chest',
  'abdomen',
  'flank',
  'hindquarters',
  'tail',
  'left_fore',
  'right_fore',
  'left_hind',
  'right_hind',
] as const;
export const HEALTH_INJURY_CAUSES = [
  'field_accident',
  'stable_accident',
  'kicked_by_horse',
  'wire_fence',
  'competition',
  'training',
  'transport',
  'unknown',
  'other',
] as const;
export const HEALTH_INJURY_STATUSES = ['active', 'healing', 'healed', 'chronic'] as const;

// --- health_alerts ----------------------------------------------------------------------------------------

export const HEALTH_ALERT_TYPES = [
  'vaccination_overdue',
  'vaccination_due_soon',
  'medication_withdrawal',
  'abnormal_vital_sign',
  'abnormal_lab_result',
  'injury_reported',
  'disease_outbreak',
  'weight_change',
  'follow_up_due',
  'other',
] as const;
export const HEALTH_ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export const HEALTH_ALERT_STATUSES = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;

// --- health_reminders -------------------------------------------------------------------------------------

export const HEALTH_REMINDER_TYPES = [
  'vaccination',
  'deworming',
  'dental',
  'farrier',
  'vet_follow_up',
  'medication_dose',
  'lab_retest',
  'weigh_in',
  'other',
] as const;
export const HEALTH_REMINDER_CHANNELS = ['email', 'push', 'sms', 'in_app'] as const;
export const HEALTH_REMINDER_STATUSES = ['scheduled', 'sent', 'snoozed', 'completed', 'cancelled'] as const;

// --- vital_signs ------------------------------------------------------------------------------------------

export const HEALTH_VITAL_SIGN_SOURCES = [
  'owner_manual',
  'veterinary_exam',
  'wearable_sensor',
  'smart_thermometer',
  'weighbridge',
  'weight_tape',
] as const;
export const HEALTH_MUCOUS_MEMBRANE_COLOURS = ['pink', 'pale_pink', 'pale', 'injected', 'toxic', 'icteric', 'cyanotic'] as const;
export const HEALTH_GUT_SOUNDS = ['normal', 'reduced', 'absent', 'increased'] as const;
/** Digital pulse at the fetlock: a bounding pulse is the classic early sign of laminitis. */
export const HEALTH_DIGITAL_PULSES = ['normal', 'increased', 'bounding'] as const;

// --- health_statistics ------------------------------------------------------------------------------------

export const HEALTH_STATISTIC_PERIODS = ['week', 'month', 'quarter', 'year'] as const;

// --- health_protocols and health_protocol_assignments -----------------------------------------------------

export const HEALTH_PROTOCOL_TYPES = [
  'vaccination_schedule',
  'deworming_programme',
  'dental_care',
  'rehabilitation',
  'post_operative',
  'biosecurity_quarantine',
  'preventive_care',
  'pre_competition',
  'weight_management',
  'other',
] as const;
export const HEALTH_PROTOCOL_STATUSES = ['draft', 'active', 'retired'] as const;
export const HEALTH_PROTOCOL_STEP_KINDS = [
  'examination',
  'vaccination',
  'medication',
  'exercise',
  'box_rest',
  'farriery',
  'dental',
  'lab_test',
  'imaging',
  'other',
] as const;
export const HEALTH_PROTOCOL_ASSIGNMENT_STATUSES = ['planned', 'active', 'completed', 'discontinued'] as const;

export type HealthLimb = (typeof HEALTH_LIMBS)[number];
export type HealthDentalProcedure = (typeof HEALTH_DENTAL_PROCEDURES)[number];
export type HealthLabAnalyteFlag = (typeof HEALTH_LAB_ANALYTE_FLAGS)[number];
export type HealthProtocolStepKind = (typeof HEALTH_PROTOCOL_STEP_KINDS)[number];
