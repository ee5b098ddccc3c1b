//! Who may do what: a caller's [`Role`], from `WARBRIEF_ADMINS` (owners) and the admins table.

use warbrief_storage::StoreError;

use crate::app::{Answerer, Caller, Role};

impl Answerer {
    pub async fn role(&self, caller: Caller) -> Result<Role, StoreError> {
        Ok(match caller {
            Caller::Console => Role::Owner,
            Caller::User { id, .. } if self.owners.contains(&id) => Role::Owner,
            Caller::User { id, .. } if self.store.is_admin(id).await? => Role::Admin,
            Caller::User { .. } | Caller::Anonymous => Role::Subscriber,
        })
    }
}
