import CSQLite
import Mestring
