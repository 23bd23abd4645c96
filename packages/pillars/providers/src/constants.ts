/** `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums. */

/** What kind of business a provider organisation (`vet_practices` row) is. */
export const PROVIDER_TYPES = [
  'veterinary_practice',
  'equine_hospital',
  'farrier',
  'equine_dentist',
  'physiotherapy',
  'chiropractic',
  'saddle_fitter',
  'nutritionist',
  'transport',
  'boarding',
  'rehabilitation_centre',
  'laboratory',
  'other',
] as const;
export const PROVIDER_STATUSES = ['pending_verification', 'active', 'suspended', 'closed'] as const;

/** Register status of a veterinary surgeon (as national registers such as the RCVS publish it). */
export const VETERINARIAN_STATUSES = ['practising', 'non_practising', 'suspended', 'removed', 'retired'] as const;
/** Recognised equine clinical disciplines a vet may list; the `specialties` text[] may hold only these. */
export const VETERINARY_SPECIALTIES = [
  'ambulatory_practice',
  'anaesthesia',
  'cardiology',
  'dentistry',
  'dermatology',
  'diagnostic_imaging',
  'emergency_critical_care',
  'internal_medicine',
  'lameness_orthopaedics',
  'neonatology',
  'nutrition',
  'ophthalmology',
  'pathology',
  'podiatry',
  'reproduction',
  'sports_medicine_rehabilitation',
  'surgery',
] as const;

export const PROVIDER_CREDENTIAL_TYPES = [
  'practice_registration',
  'professional_registration',
  'specialist_certification',
  'board_certification',
  'farrier_registration',
  'dental_technician_certification',
  'physiotherapy_registration',
  'animal_transport_authorisation',
  'boarding_establishment_licence',
  'controlled_drugs_licence',
  'radiation_protection_certificate',
  'cpd_certificate',
  'other',
] as const;
export const PROVIDER_VERIFICATION_STATUSES = [
  'unverified',
  'pending',
  'verified',
  'rejected',
  'expired',
  'revoked',
] as const;

export const PROVIDER_SERVICE_CATEGORIES = [
  'consultation',
  'vaccination',
  'dentistry',
  'lameness_examination',
  'diagnostic_imaging',
  'laboratory',
  'surgery',
  'reproduction',
  'pre_purchase_examination',
  'emergency',
  'hospitalisation',
  'farriery',
  'physiotherapy',
  'transport',
  'boarding',
  'other',
] as const;

/** `recurring`: a weekly slot; `closure` / `extra_opening`: a date-specific exception to the weekly pattern. */
export const PROVIDER_AVAILABILITY_KINDS = ['recurring', 'closure', 'extra_opening'] as const;

export const PROVIDER_EQUIPMENT_TYPES = [
  'digital_radiography',
  'ultrasound',
  'endoscope',
  'gastroscope',
  'high_speed_treadmill',
  'mri',
  'ct_scanner',
  'scintigraphy',
  'thermography',
  'ecg',
  'blood_analyser',
  'shockwave_therapy',
  'laser_therapy',
  'dental_power_equipment',
  'portable_forge',
  'horse_lorry',
  'horse_trailer',
  'other',
] as const;
export const PROVIDER_EQUIPMENT_STATUSES = ['operational', 'under_maintenance', 'out_of_order', 'retired'] as const;

export const PROVIDER_STAFF_ROLES = [
  'veterinarian',
  'vet_nurse',
  'veterinary_technician',
  'farrier',
  'apprentice_farrier',
  'equine_dentist',
  'physiotherapist',
  'groom',
  'transport_driver',
  'yard_manager',
  'receptionist',
  'practice_manager',
  'administrator',
] as const;
export const PROVIDER_EMPLOYMENT_TYPES = [
  'employee',
  'partner',
  'director',
  'locum',
  'contractor',
  'student',
  'volunteer',
] as const;

export const PROVIDER_FACILITY_TYPES = [
  'clinic',
  'hospital',
  'surgery_theatre',
  'isolation_unit',
  'diagnostic_centre',
  'intensive_care_unit',
  'stables',
  'rehabilitation_centre',
  'forge',
  'transport_depot',
  'office',
] as const;

export const PROVIDER_INSURANCE_COVERAGE_TYPES = [
  'professional_indemnity',
  'public_liability',
  'employers_liability',
  'care_custody_control',
  'goods_in_transit',
  'equipment',
  'motor_fleet',
  'business_interruption',
  'cyber',
] as const;
export const PROVIDER_INSURANCE_STATUSES = ['pending', 'active', 'lapsed', 'cancelled'] as const;

export const PROVIDER_PARTNERSHIP_TYPES = [
  'referral',
  'out_of_hours_cover',
  'shared_equipment',
  'locum_sharing',
  'laboratory_services',
  'transport_services',
  'group_membership',
  'joint_venture',
] as const;
export const PROVIDER_PARTNERSHIP_STATUSES = ['proposed', 'active', 'suspended', 'ended'] as const;

export type VeterinarySpecialty = (typeof VETERINARY_SPECIALTIES)[number];
export type ProviderEquipmentType = (typeof PROVIDER_EQUIPMENT_TYPES)[number];
