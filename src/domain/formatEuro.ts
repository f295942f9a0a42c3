// Lives beside the parsing (schemas/dutchNumber.ts), since the field tables show amounts too.
export { formatEuro } from '../../schemas/dutchNumber';
