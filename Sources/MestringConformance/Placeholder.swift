import Mestring
