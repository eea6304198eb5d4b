// Every camera of the registry, inactive ones included (administrators only), by unit then name.
import { graphql } from '@/gql';
import { getClient } from '@/lib/urql';

const CameraRegistry = graphql(`
  query CameraRegistry {
    cameras(includeInactive: true) {
      id
      name
      location
      latitude
      longitude
      kind
      url
      refreshSeconds
      simulated
      active
      unit {
        code
        fullName
      }
    }
  }
`);

export const loadCameraRegistry = () => getClient().query(CameraRegistry, {});
