namespace CitizenFocus.Identity;

/// <summary>How much of the organisation an account may see.</summary>
public enum ScopeLevel
{
    Force = 0,
    Area = 1,
    Borough = 2,
    Ward = 3,
    PartnerAgency = 4,
}
