! Rate table lookup, free form.
module rates
  implicit none
contains
  function tier_rate(balance) result(rate)
    double precision, intent(in) :: balance
    double precision :: rate
    rate = 0.01d0
    if (balance > 10000d0) rate = 0.02d0
    call audit_rate(rate)
  end function tier_rate
end module rates
