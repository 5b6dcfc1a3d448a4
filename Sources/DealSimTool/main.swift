print("dealsim")
